import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { apiTokenCreateSchema, apiTokenRoutes, wholePage } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { ApiTokenService, toApiToken } from '../../core/identity/api-token.service';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';

@ApiTags('account')
@Controller()
export class ApiTokenController {
  constructor(private readonly tokens: ApiTokenService) {}

  @Route(apiTokenRoutes.list)
  async list(@CurrentActor() actor: Actor) {
    return wholePage((await this.tokens.list(actor.user.id)).map(toApiToken));
  }

  @Route(apiTokenRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(apiTokenCreateSchema)) body: z.infer<typeof apiTokenCreateSchema>) {
    const { token, secret } = await this.tokens.create(actor.user.id, body.name);
    return { token: { ...toApiToken(token), secret } };
  }

  @Route(apiTokenRoutes.revoke)
  async revoke(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Token')) id: string) {
    await this.tokens.revoke(actor.user.id, id);
  }
}

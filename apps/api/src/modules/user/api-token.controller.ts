import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { apiTokenCreateSchema, apiTokenSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { ApiTokenService, toApiToken } from '../../core/identity/api-token.service';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';

@ApiTags('account')
@Controller('account/tokens')
export class ApiTokenController {
  constructor(private readonly tokens: ApiTokenService) {}

  @Get()
  @ApiOperation({ summary: 'List my API tokens' })
  @ApiZodResponse(200, 'Active personal API tokens (secrets are never shown again)', z.object({ tokens: z.array(apiTokenSchema) }))
  @ApiErrors(401)
  async list(@CurrentActor() actor: Actor) {
    return { tokens: (await this.tokens.list(actor.user.id)).map(toApiToken) };
  }

  @Post()
  @ApiOperation({ summary: 'Create an API token' })
  @ApiZodBody(apiTokenCreateSchema)
  @ApiZodResponse(201, 'Token created; `secret` is shown only in this response', z.object({ token: apiTokenSchema, secret: z.string() }))
  @ApiErrors(400, 401, 403)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(apiTokenCreateSchema)) body: z.infer<typeof apiTokenCreateSchema>) {
    const { token, secret } = await this.tokens.create(actor.user.id, body.name);
    return { token: toApiToken(token), secret };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an API token' })
  @HttpCode(204)
  @ApiZodResponse(204, 'Token revoked')
  @ApiErrors(401, 403, 404)
  async revoke(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Token')) id: string) {
    await this.tokens.revoke(actor.user.id, id);
  }
}

import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { invitationCreateSchema, invitationRoutes, wholePage } from '@cantiere/domain';
import type { InvitationCreate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toInvitation } from './invitation.mapper';
import { InvitationService } from './invitation.service';

@ApiTags('invitations')
@Controller()
export class InvitationController {
  constructor(private readonly invitations: InvitationService) {}

  @Route(invitationRoutes.list)
  async list(@CurrentActor() actor: Actor) {
    return wholePage((await this.invitations.list(actor)).map(toInvitation));
  }

  @Route(invitationRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(invitationCreateSchema)) body: Required<InvitationCreate>) {
    return { invitation: toInvitation(await this.invitations.create(actor, body)) };
  }

  @Route(invitationRoutes.revoke)
  async revoke(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Invitation')) id: string) {
    await this.invitations.revoke(actor, id);
  }
}

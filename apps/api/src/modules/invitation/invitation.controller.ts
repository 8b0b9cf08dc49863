import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { invitationCreateSchema, invitationSchema } from '@cantiere/domain';
import type { InvitationCreate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toInvitation } from './invitation.mapper';
import { InvitationService } from './invitation.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationController {
  constructor(private readonly invitations: InvitationService) {}

  @Get()
  @ApiOperation({ summary: 'List invitations' })
  @ApiZodResponse(200, 'Invitations, newest first (admins only)', z.object({ invitations: z.array(invitationSchema) }))
  @ApiErrors(401, 403)
  async list(@CurrentActor() actor: Actor) {
    return { invitations: (await this.invitations.list(actor)).map(toInvitation) };
  }

  @Post()
  @ApiOperation({ summary: 'Send an invitation' })
  @ApiZodBody(invitationCreateSchema)
  @ApiZodResponse(201, 'Invitation created and emailed (admins only)', z.object({ invitation: invitationSchema }))
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(invitationCreateSchema)) body: Required<InvitationCreate>) {
    return { invitation: toInvitation(await this.invitations.create(actor, body)) };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke an invitation' })
  @HttpCode(204)
  @ApiZodResponse(204, 'Invitation revoked (admins only)')
  @ApiErrors(401, 403, 404, 409)
  async revoke(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe('Invitation')) id: string) {
    await this.invitations.revoke(actor, id);
  }
}

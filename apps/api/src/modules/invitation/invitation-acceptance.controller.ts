import { Body, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { invitationAcceptanceRoutes, invitationAcceptSchema, tokenSchema } from '@cantiere/domain';
import type { InvitationAccept } from '@cantiere/domain';
import { clientMeta } from '../../core/auth/client-meta';
import { setSessionCookie } from '../../core/auth/session-cookie';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { Route } from '../../core/openapi/route.decorator';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toUser } from '../../core/identity/user.mapper';
import { InvitationService } from './invitation.service';

/** The invitee's side: the secret in the emailed link is the only credential. */
@ApiTags('auth')
@Controller()
export class InvitationAcceptanceController {
  constructor(
    private readonly invitations: InvitationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(invitationAcceptanceRoutes.preview)
  async preview(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return { invitation: await this.invitations.preview(token) };
  }

  @Route(invitationAcceptanceRoutes.accept)
  async accept(
    @Param('token', new ZodValidationPipe(tokenSchema)) token: string,
    @Body(new ZodValidationPipe(invitationAcceptSchema)) body: InvitationAccept,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { user, token: sessionToken } = await this.invitations.accept(token, body, clientMeta(req));
    setSessionCookie(res, this.config, sessionToken);
    return { user: toUser(user) };
  }
}

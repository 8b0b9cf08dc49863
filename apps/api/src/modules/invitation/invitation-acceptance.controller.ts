import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { invitationAcceptSchema, invitationPreviewSchema, tokenSchema, userResponseSchema } from '@cantiere/domain';
import type { InvitationAccept } from '@cantiere/domain';
import { clientMeta } from '../../core/auth/client-meta';
import { Public } from '../../core/auth/public.decorator';
import { setSessionCookie } from '../../core/auth/session-cookie';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toUser } from '../../core/identity/user.mapper';
import { InvitationService } from './invitation.service';

/** The invitee's side: the secret in the emailed link is the only credential. */
@ApiTags('auth')
@Public()
@Controller('auth/invitations')
export class InvitationAcceptanceController {
  constructor(
    private readonly invitations: InvitationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @ApiOperation({ summary: 'Look up an invitation' })
  @ApiZodResponse(200, 'Who the invitation is for', invitationPreviewSchema)
  @ApiErrors(400, 404, 410)
  preview(@Param('token', new ZodValidationPipe(tokenSchema)) token: string) {
    return this.invitations.preview(token);
  }

  @Post(':token/accept')
  @ApiOperation({ summary: 'Accept an invitation and create the account' })
  @HttpCode(200)
  @ApiZodBody(invitationAcceptSchema)
  @ApiZodResponse(200, 'Account created and logged in; the session cookie is set', userResponseSchema)
  @ApiErrors(400, 403, 404, 409, 410)
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

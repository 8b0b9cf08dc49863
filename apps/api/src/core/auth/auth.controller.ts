import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { loginRequestSchema, meResponseSchema, passwordResetConfirmSchema, passwordResetRequestSchema, userResponseSchema } from '@cantiere/domain';
import type { LoginRequest, PasswordResetConfirm, PasswordResetRequest } from '@cantiere/domain';
import { AccessService } from '../access/access.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../openapi/api-docs.decorators';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { toUser } from '../identity/user.mapper';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { clientMeta } from './client-meta';
import { CurrentActor } from './current-actor.decorator';
import { PasswordResetService } from './password-reset.service';
import { Public } from './public.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @ApiOperation({ summary: 'Log in' })
  @HttpCode(200)
  @ApiZodBody(loginRequestSchema)
  @ApiZodResponse(200, 'Logged in; the session cookie is set', userResponseSchema)
  @ApiErrors(400, 401, 403, 429)
  async login(@Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { user, token } = await this.auth.login(body, clientMeta(req));
    setSessionCookie(res, this.config, token);
    return { user: toUser(user) };
  }

  @Post('logout')
  @ApiOperation({ summary: 'Log out' })
  @HttpCode(204)
  @ApiZodResponse(204, 'Logged out; the session is revoked and the cookie cleared')
  @ApiErrors(401, 403)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(actor.sessionId, actor.user.id);
    clearSessionCookie(res, this.config);
  }

  @Get('me')
  @ApiOperation({ summary: 'Get the logged-in user' })
  @ApiZodResponse(200, 'The logged-in user and the organisation they belong to (shown beside their name)', meResponseSchema)
  @ApiErrors(401)
  async me(@CurrentActor() actor: Actor) {
    return { user: toUser(actor.user), organisation: await this.access.organisationLabel(actor) };
  }

  @Public()
  @Post('password-reset/request')
  @ApiOperation({ summary: 'Request a password reset link' })
  @HttpCode(202)
  @ApiZodBody(passwordResetRequestSchema)
  @ApiZodResponse(202, 'If the email has an account, a reset link is on its way')
  @ApiErrors(400, 403, 429)
  async requestReset(@Body(new ZodValidationPipe(passwordResetRequestSchema)) body: PasswordResetRequest, @Req() req: Request) {
    await this.resets.request(body.email, req.ip);
  }

  @Public()
  @Post('password-reset/confirm')
  @ApiOperation({ summary: 'Set a new password from a reset link' })
  @HttpCode(204)
  @ApiZodBody(passwordResetConfirmSchema)
  @ApiZodResponse(204, 'Password changed; every session of the account is ended')
  @ApiErrors(400, 403, 410)
  async confirmReset(@Body(new ZodValidationPipe(passwordResetConfirmSchema)) body: PasswordResetConfirm) {
    await this.resets.confirm(body.token, body.password);
  }
}

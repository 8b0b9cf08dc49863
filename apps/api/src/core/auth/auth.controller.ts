import { Body, Controller, Inject, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { authRoutes, loginRequestSchema, passwordResetConfirmSchema, passwordResetRequestSchema } from '@cantiere/domain';
import type { LoginRequest, PasswordResetConfirm, PasswordResetRequest } from '@cantiere/domain';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Route } from '../openapi/route.decorator';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { toUser } from '../identity/user.mapper';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { clientMeta } from './client-meta';
import { CurrentActor } from './current-actor.decorator';
import { CurrentSession } from './current-session';
import { PasswordResetService } from './password-reset.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly session: CurrentSession,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Route(authRoutes.login)
  async login(@Body(new ZodValidationPipe(loginRequestSchema)) body: LoginRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { user, token } = await this.auth.login(body, clientMeta(req));
    setSessionCookie(res, this.config, token);
    return { user: toUser(user) };
  }

  @Route(authRoutes.logout)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(actor.sessionId, actor.user.id);
    clearSessionCookie(res, this.config);
  }

  @Route(authRoutes.me)
  me(@CurrentActor() actor: Actor) {
    return this.session.of(actor);
  }

  @Route(authRoutes.requestReset)
  async requestReset(@Body(new ZodValidationPipe(passwordResetRequestSchema)) body: PasswordResetRequest, @Req() req: Request) {
    await this.resets.request(body.email, req.ip);
  }

  @Route(authRoutes.confirmReset)
  async confirmReset(@Body(new ZodValidationPipe(passwordResetConfirmSchema)) body: PasswordResetConfirm) {
    await this.resets.confirm(body.token, body.password);
  }
}

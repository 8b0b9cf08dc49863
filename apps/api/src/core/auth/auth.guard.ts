import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import { IS_PUBLIC } from './public.decorator';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';

/** Global guard: every route needs a live session unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && token.length < 200) {
      const resolved = await this.sessions.resolve(token);
      if (resolved) req.actor = { user: resolved.user, sessionId: resolved.session.id };
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.actor) return true;
    throw AppError.unauthorized();
  }
}

import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import { IdentityService } from '../identity/identity.service';
import { IS_PUBLIC } from './public.decorator';
import { SESSION_COOKIE } from './session-cookie';

/** Global guard: every route needs a live session or API token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const bearer = req.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = bearer ? await this.identity.fromApiToken(bearer) : await this.identity.fromSessionCookie(req.cookies?.[SESSION_COOKIE]);
    if (actor) req.actor = actor;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || req.actor) return true;
    throw AppError.unauthorized(bearer ? 'The API token is not valid' : 'Authentication required');
  }
}

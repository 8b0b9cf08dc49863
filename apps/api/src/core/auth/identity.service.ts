import { Injectable } from '@nestjs/common';
import type { Actor } from './actor';
import { ApiTokenService } from './api-token.service';
import { SessionService } from './session.service';

/** Turns a session cookie secret or a personal API token into the caller, for HTTP and the socket alike. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  async fromSessionCookie(secret: unknown): Promise<Actor | null> {
    if (typeof secret !== 'string' || secret.length === 0 || secret.length >= 200) return null;
    const resolved = await this.sessions.resolve(secret);
    return resolved ? { user: resolved.user, sessionId: resolved.session.id, personId: resolved.personId } : null;
  }

  async fromApiToken(secret: unknown): Promise<Actor | null> {
    if (typeof secret !== 'string') return null;
    const user = await this.tokens.resolve(secret);
    return user ? { user, sessionId: null } : null;
  }
}

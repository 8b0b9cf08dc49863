import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ApiTokenService } from './api-token.service';
import { SessionService } from './session.service';

/** Why a credential that once authenticated a caller no longer does. */
export type CredentialEnd = 'session_ended' | 'token_revoked' | 'account_disabled';

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
    return resolved ? { user: resolved.user, sessionId: resolved.session.id, tokenId: null, personId: resolved.personId } : null;
  }

  async fromApiToken(secret: unknown): Promise<Actor | null> {
    if (typeof secret !== 'string') return null;
    const resolved = await this.tokens.resolve(secret);
    return resolved ? { user: resolved.user, sessionId: null, tokenId: resolved.token.id } : null;
  }

  /**
   * Asks again whether a long-lived connection's credential still holds. When it does, the actor takes the account
   * as it is now (its role may have changed) and forgets its cached person, which an erasure unlinks.
   */
  async recheck(actor: Actor): Promise<CredentialEnd | null> {
    const user = actor.sessionId ? await this.sessions.liveUser(actor.sessionId) : actor.tokenId ? await this.tokens.liveUser(actor.tokenId) : null;
    if (!user) return actor.tokenId ? 'token_revoked' : 'session_ended';
    if (user.disabledAt) return 'account_disabled';
    actor.user = user;
    actor.personId = undefined;
    return null;
  }
}

import { Injectable } from '@nestjs/common';
import type { MeResponse } from '@cantiere/domain';
import { AccessService } from '../access/access.service';
import { IdentityService } from '../identity/identity.service';
import { toUser } from '../identity/user.mapper';
import type { Actor } from './actor';

/**
 * Who is logged in, as `GET /api/auth/me` answers it. The web client's page (index.html) carries the same answer,
 * so that a page needing a session does not wait for that request before asking for its own data.
 */
@Injectable()
export class CurrentSession {
  constructor(
    private readonly identity: IdentityService,
    private readonly access: AccessService,
  ) {}

  async of(actor: Actor): Promise<MeResponse> {
    return { user: toUser(actor.user), organisation: await this.access.organisationLabel(actor) };
  }

  /** The answer for a session cookie's secret, or null when it names no live session. */
  async fromCookie(secret: unknown): Promise<MeResponse | null> {
    const actor = await this.identity.fromSessionCookie(secret);
    return actor ? this.of(actor) : null;
  }
}

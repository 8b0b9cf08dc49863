import { Injectable } from '@nestjs/common';
import type { Session } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { SessionService } from '../../core/identity/session.service';
import { AppError } from '../../core/errors/app-error';

@Injectable()
export class AccountSessionsService {
  constructor(private readonly sessions: SessionService) {}

  async list(actor: Actor): Promise<Session[]> {
    const active = await this.sessions.listActive(actor.user.id);
    return active.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      userAgent: s.userAgent,
      ip: s.ip,
      current: s.id === actor.sessionId,
    }));
  }

  /** A user may end only their own sessions; someone else's id reads as not found. */
  async revoke(actor: Actor, sessionId: string): Promise<void> {
    if (!(await this.sessions.revoke(actor.user.id, sessionId))) throw AppError.notFound('Session');
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, Repository } from 'typeorm';
import type { AccessChangeReason } from '@cantiere/collab';
import { AccessEvents } from '../access/access-events';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { UserEntity } from './user.entity';
import { hashToken, newSecretToken } from './secret-token';
import { SessionEntity } from './session.entity';

// Sliding expiry is refreshed at most this often, so that reads do not write on every request.
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessEvents: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  async create(userId: string, meta: { userAgent?: string; ip?: string }): Promise<{ token: string; session: SessionEntity }> {
    const token = newSecretToken();
    const now = new Date();
    const session = await this.sessions.save(
      this.sessions.create({
        userId,
        tokenHash: hashToken(token),
        lastSeenAt: now,
        expiresAt: this.expiryFrom(now),
        revokedAt: null,
        userAgent: meta.userAgent?.slice(0, 400) ?? null,
        ip: meta.ip?.slice(0, 64) ?? null,
      }),
    );
    return { token, session };
  }

  /**
   * The live session, its enabled user and the registry person linked to the account, for a cookie secret, or null;
   * extends the expiry while in use. Every authenticated request starts here, so it is one statement: `findOne` with
   * a relation sends two (a DISTINCT over the join, then the rows), and the access rules would otherwise look the
   * person up in a third (the same subquery as AccessRepository.personIdOfUser).
   */
  async resolve(token: string): Promise<{ session: SessionEntity; user: UserEntity; personId: string | null } | null> {
    const { entities, raw } = await this.sessions
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .addSelect('(SELECT p.id FROM people p WHERE p.user_id = u.id AND p.erased_at IS NULL)', 'linked_person_id')
      .where('s.tokenHash = :tokenHash AND s.revokedAt IS NULL AND s.expiresAt > :now', { tokenHash: hashToken(token), now: new Date() })
      .getRawAndEntities<{ linked_person_id: string | null }>();
    const session = entities[0];
    if (!session?.user || session.user.disabledAt) return null;
    const now = new Date();
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = now;
      session.expiresAt = this.expiryFrom(now);
      await this.sessions.update(session.id, { lastSeenAt: now, expiresAt: session.expiresAt });
    }
    return { session, user: session.user, personId: raw[0]?.linked_person_id ?? null };
  }

  /** The session's account while the session is live, without extending it (re-checks of open sockets). */
  async liveUser(sessionId: string): Promise<UserEntity | null> {
    const session = await this.sessions.findOne({ where: { id: sessionId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) }, relations: { user: true } });
    return session?.user ?? null;
  }

  listActive(userId: string): Promise<SessionEntity[]> {
    return this.sessions.find({
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC' },
    });
  }

  /** Revokes one of the user's sessions (its open sockets end too); false when it is not theirs or already ended. */
  async revoke(userId: string, sessionId: string): Promise<boolean> {
    const revokedAt = new Date();
    const result = await this.audit.change(
      () => this.sessions.update({ id: sessionId, userId, revokedAt: IsNull() }, { revokedAt }),
      (done) =>
        done.affected ? { actor: { user: { id: userId } }, action: 'session.end', entity: 'session', entityId: sessionId, after: { revokedAt } } : null,
    );
    if (!result.affected) return false;
    await this.accessEvents.changed({ subject: { sessionId }, reason: 'session_ended' });
    return true;
  }

  /** Ends the account's sessions but one (if given) and the sockets opened with them; the reason is told to those sockets. */
  async revokeAllOf(userId: string, exceptSessionId?: string | null, reason: AccessChangeReason = 'session_ended'): Promise<void> {
    await this.sessions.update(exceptSessionId ? { userId, revokedAt: IsNull(), id: Not(exceptSessionId) } : { userId, revokedAt: IsNull() }, {
      revokedAt: new Date(),
    });
    await this.accessEvents.changed({ subject: { userId }, reason });
  }

  private expiryFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
  }
}

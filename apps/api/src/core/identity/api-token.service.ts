import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { ApiToken } from '@cantiere/domain';
import { AccessEvents } from '../access/access-events';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../errors/app-error';
import type { UserEntity } from './user.entity';
import { ApiTokenEntity } from './api-token.entity';
import { hashToken, newSecretToken } from './secret-token';

const TOKEN_PREFIX = 'cnt_';
const TOUCH_INTERVAL_MS = 60_000;

export const toApiToken = (t: ApiTokenEntity): ApiToken => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

/** Personal API tokens: `Authorization: Bearer cnt_...` on REST and `auth.token` on the socket. */
@Injectable()
export class ApiTokenService {
  constructor(
    @InjectRepository(ApiTokenEntity) private readonly tokens: Repository<ApiTokenEntity>,
    private readonly accessEvents: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  /** The secret is shown once, at creation; afterwards only its prefix is known. */
  async create(userId: string, name: string): Promise<{ token: ApiTokenEntity; secret: string }> {
    const secret = `${TOKEN_PREFIX}${newSecretToken()}`;
    // The entry names the token, never its secret or hash.
    const token = await this.audit.change(
      () =>
        this.tokens.save(this.tokens.create({ userId, name, tokenHash: hashToken(secret), prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null })),
      (saved) => ({ actor: { user: { id: userId } }, action: 'api_token.create', entity: 'api_token', entityId: saved.id, after: { name } }),
    );
    return { token, secret };
  }

  list(userId: string): Promise<ApiTokenEntity[]> {
    return this.tokens.find({ where: { userId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async revoke(userId: string, id: string): Promise<void> {
    const revokedAt = new Date();
    const result = await this.audit.change(
      () => this.tokens.update({ id, userId, revokedAt: IsNull() }, { revokedAt }),
      (done) =>
        done.affected ? { actor: { user: { id: userId } }, action: 'api_token.revoke', entity: 'api_token', entityId: id, after: { revokedAt } } : null,
    );
    if (!result.affected) throw AppError.notFound('Token');
    await this.accessEvents.changed({ subject: { tokenId: id }, reason: 'token_revoked' });
  }

  /** Revokes every token of the account; the sockets opened with them end, told `reason`. */
  async revokeAllOf(userId: string, reason: 'token_revoked' | 'account_disabled' = 'token_revoked'): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.accessEvents.changed({ subject: { userId }, reason });
  }

  async resolve(secret: string): Promise<{ token: ApiTokenEntity; user: UserEntity } | null> {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 100) return null;
    // One statement: findOne with a relation sends two (a DISTINCT over the join, then the rows).
    const token = await this.tokens
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.user', 'u')
      .where('t.tokenHash = :tokenHash AND t.revokedAt IS NULL', { tokenHash: hashToken(secret) })
      .getOne();
    if (!token?.user || token.user.disabledAt) return null;
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) await this.tokens.update(token.id, { lastUsedAt: new Date() });
    return { token, user: token.user };
  }

  /** The token's account while the token is unrevoked, without touching it (re-checks of open sockets). */
  async liveUser(id: string): Promise<UserEntity | null> {
    const token = await this.tokens.findOne({ where: { id, revokedAt: IsNull() }, relations: { user: true } });
    return token?.user ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { changedFields } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { TxHost } from '../database/transaction';
import type { AccountUpdate, GlobalRole, Locale, PasswordChange } from '@cantiere/domain';
import type { Actor } from '../auth/actor';
import { passwordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionService } from './session.service';
import { AppError } from '../errors/app-error';
import { ApiTokenEntity } from './api-token.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class UserService {
  constructor(
    private readonly sessions: SessionService,
    private readonly resets: PasswordResetRepository,
    private readonly txHost: TxHost,
    private readonly audit: AuditService,
  ) {}

  private get users() {
    return this.txHost.tx.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  /** An erased person's account: anonymised, disabled, with its sessions and tokens ended, inside the erasure's transaction. */
  async eraseAccount(userId: string, now: Date): Promise<void> {
    const tx = this.txHost.tx;
    await tx.update(UserEntity, userId, { email: `erased-${userId}@invalid`, name: 'Persona cancellata', passwordHash: null, disabledAt: now });
    await tx.update(SessionEntity, { userId }, { revokedAt: now, userAgent: null, ip: null });
    await tx.update(ApiTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** The active (not disabled) accounts among these ids. */
  activeAmong(ids: readonly string[]): Promise<UserEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.users.find({ where: { id: In([...new Set(ids)]), disabledAt: IsNull() } });
  }

  listByName(): Promise<UserEntity[]> {
    return this.users.find({ order: { name: 'ASC', email: 'ASC' } });
  }

  async setDisabledAt(id: string, disabledAt: Date | null): Promise<void> {
    await this.users.update(id, { disabledAt });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() } });
  }

  async create(input: { email: string; name: string; password: string; role: GlobalRole; locale?: Locale }): Promise<UserEntity> {
    return this.users.save(
      this.users.create({
        email: input.email.toLowerCase(),
        name: input.name,
        passwordHash: await passwordHasher.hash(input.password),
        role: input.role,
        locale: input.locale ?? 'it',
        disabledAt: null,
      }),
    );
  }

  async updateAccount(actor: Actor, changes: AccountUpdate): Promise<UserEntity> {
    const user = actor.user;
    const diff = changedFields(user, { name: changes.name, locale: changes.locale });
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.locale !== undefined) user.locale = changes.locale;
    return this.audit.change(
      () => this.users.save(user),
      () => ({ actor, action: 'account.update', entity: 'user', entityId: user.id, ...diff }),
    );
  }

  /** Changing the password ends every other session, so a stolen cookie stops working. */
  async changePassword(actor: Actor, change: PasswordChange): Promise<void> {
    if (!(await passwordHasher.verify(actor.user.passwordHash, change.currentPassword))) {
      throw AppError.validation([{ path: 'currentPassword', message: 'wrong_password' }], 'The current password is not correct');
    }
    // The entry says that the password changed, never what it is (secrets never reach the trail).
    await this.audit.change(
      () => this.setPassword(actor.user.id, change.newPassword),
      () => ({ actor, action: 'account.password_change', entity: 'user', entityId: actor.user.id }),
    );
    await this.sessions.revokeAllOf(actor.user.id, actor.sessionId);
  }

  /** Every way of setting a password goes through here, so no reset link sent for the old one outlives it. */
  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update(userId, { passwordHash: await passwordHasher.hash(password) });
    await this.resets.voidOutstanding(userId);
  }
}

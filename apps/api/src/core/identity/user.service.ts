import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
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
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResetRepository,
  ) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  /** An erased person's account: anonymised, disabled, with its sessions and tokens ended, inside the erasure's `tx`. */
  async eraseAccount(userId: string, now: Date, tx: EntityManager): Promise<void> {
    await tx.update(UserEntity, userId, { email: `erased-${userId}@invalid`, name: 'Persona cancellata', passwordHash: null, disabledAt: now });
    await tx.update(SessionEntity, { userId }, { revokedAt: now, userAgent: null, ip: null });
    await tx.update(ApiTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: now });
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
    if (changes.name !== undefined) user.name = changes.name;
    if (changes.locale !== undefined) user.locale = changes.locale;
    return this.users.save(user);
  }

  /** Changing the password ends every other session, so a stolen cookie stops working. */
  async changePassword(actor: Actor, change: PasswordChange): Promise<void> {
    if (!(await passwordHasher.verify(actor.user.passwordHash, change.currentPassword))) {
      throw AppError.validation([{ path: 'currentPassword', message: 'wrong_password' }], 'The current password is not correct');
    }
    await this.setPassword(actor.user.id, change.newPassword);
    await this.sessions.revokeAllOf(actor.user.id, actor.sessionId);
  }

  /** Every way of setting a password goes through here, so no reset link sent for the old one outlives it. */
  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update(userId, { passwordHash: await passwordHasher.hash(password) });
    await this.resets.voidOutstanding(userId);
  }
}

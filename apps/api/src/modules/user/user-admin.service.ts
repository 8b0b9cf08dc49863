import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { ApiTokenService } from '../../core/auth/api-token.service';
import { SessionService } from '../../core/auth/session.service';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from './user.entity';

/** Administrators list the accounts and deactivate or reactivate them; every change is logged. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly access: AccessService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<UserEntity[]> {
    this.access.requireAdmin(actor);
    return this.users.find({ order: { name: 'ASC', email: 'ASC' } });
  }

  /**
   * A deactivated account cannot log in, and its sessions, API tokens and open connections end at once. Its data
   * stays (unlike an erasure), so reactivating it gives the person back their account with a new login.
   */
  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    this.access.requireAdmin(actor);
    if (id === actor.user.id) throw new AppError('conflict', 'Administrators cannot deactivate their own account');
    const user = await this.one(id);
    if (!user.disabledAt) {
      await this.users.update(id, { disabledAt: new Date() });
      await this.audit.record(actor, 'user.deactivate', 'user', id);
    }
    await this.sessions.revokeAllOf(id, null, 'account_disabled');
    await this.tokens.revokeAllOf(id, 'account_disabled');
    return this.one(id);
  }

  /** Sessions and tokens ended by the deactivation stay ended: the person logs in again. */
  async reactivate(actor: Actor, id: string): Promise<UserEntity> {
    this.access.requireAdmin(actor);
    const user = await this.one(id);
    if (user.disabledAt) {
      await this.users.update(id, { disabledAt: null });
      await this.audit.record(actor, 'user.reactivate', 'user', id);
    }
    return this.one(id);
  }

  private async one(id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw AppError.notFound('User');
    return user;
  }
}

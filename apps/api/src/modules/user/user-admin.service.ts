import { Injectable } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { ApiTokenService } from '../../core/identity/api-token.service';
import { SessionService } from '../../core/identity/session.service';
import { Transactional } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { AuditService } from '../audit';
import type { UserEntity } from '../../core/identity/user.entity';
import { UserService } from '../../core/identity/user.service';

/** Administrators list the accounts and deactivate or reactivate them; every change is logged. */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly users: UserService,
    private readonly access: AccessService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor): Promise<UserEntity[]> {
    this.access.requireAdmin(actor);
    return this.users.listByName();
  }

  /**
   * A deactivated account cannot log in, and its sessions, API tokens and open connections end at once. Its data
   * stays (unlike an erasure), so reactivating it gives the person back their account with a new login.
   */
  async deactivate(actor: Actor, id: string): Promise<UserEntity> {
    this.access.requireAdmin(actor);
    if (id === actor.user.id) throw new AppError('conflict', 'Administrators cannot deactivate their own account');
    const user = await this.one(id);
    if (!user.disabledAt) await this.setDisabledAt(actor, user, new Date(), 'user.deactivate');
    await this.sessions.revokeAllOf(id, null, 'account_disabled');
    await this.tokens.revokeAllOf(id, 'account_disabled');
    return this.one(id);
  }

  /** Sessions and tokens ended by the deactivation stay ended: the person logs in again. */
  async reactivate(actor: Actor, id: string): Promise<UserEntity> {
    this.access.requireAdmin(actor);
    const user = await this.one(id);
    if (user.disabledAt) await this.setDisabledAt(actor, user, null, 'user.reactivate');
    return this.one(id);
  }

  /** The change and its audit entry commit together. */
  @Transactional()
  private async setDisabledAt(actor: Actor, user: UserEntity, disabledAt: Date | null, action: string): Promise<void> {
    await this.users.setDisabledAt(user.id, disabledAt);
    await this.audit.record({ actor, action, entity: 'user', entityId: user.id, before: { disabledAt: user.disabledAt }, after: { disabledAt } });
  }

  private async one(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw AppError.notFound('User');
    return user;
  }
}

import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { IsNull } from 'typeorm';
import { UserEntity } from '../../core/identity/user.entity';
import { PersonEntity } from '../person/person.entity';
import { InvitationEntity } from './invitation.entity';

/** Writes of invitations that must be atomic with other rows. */
@Injectable()
export class InvitationRepository {
  constructor(private readonly txHost: TxHost) {}

  private get invitations() {
    return this.txHost.tx.getRepository(InvitationEntity);
  }

  /** Stores a new invitation and revokes any pending one for the same email, together. */
  replacePending(fields: Omit<InvitationEntity, 'id' | 'createdAt' | 'invitedBy' | 'acceptedAt' | 'revokedAt' | 'person'>): Promise<InvitationEntity> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      await tx.update(InvitationEntity, { email: fields.email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      return tx.save(tx.create(InvitationEntity, { ...fields, acceptedAt: null, revokedAt: null }));
    });
  }

  /**
   * Uses up the invitation, creates the account and links the invited person to it, all or nothing. `check`
   * refuses an invitation that is not pending; the row is locked meanwhile so that it is used only once.
   */
  accept(
    tokenHash: string,
    check: (invitation: InvitationEntity | null) => InvitationEntity,
    account: { name: string | undefined; passwordHash: string },
    emailTaken: () => Error,
  ): Promise<UserEntity> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      const invitation = check(await tx.findOne(InvitationEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } }));
      if (await tx.findOne(UserEntity, { where: { email: invitation.email } })) throw emailTaken();
      await tx.update(InvitationEntity, invitation.id, { acceptedAt: new Date() });
      const user = await tx.save(
        tx.create(UserEntity, {
          email: invitation.email,
          name: account.name ?? invitation.name,
          passwordHash: account.passwordHash,
          role: invitation.role,
          locale: 'it',
          disabledAt: null,
        }),
      );
      if (invitation.personId) await tx.update(PersonEntity, { id: invitation.personId, userId: IsNull() }, { userId: user.id });
      return user;
    });
  }

  /** An erased person's invitations lose their address and name and stop working, inside the erasure's transaction. */
  async eraseFor(personId: string, now: Date): Promise<void> {
    await this.txHost.tx.update(InvitationEntity, { personId }, { email: `erased-${personId}@invalid`, name: 'Persona cancellata', revokedAt: now });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Logger } from 'pino';
import type { InvitationAccept, InvitationCreate, InvitationPreview } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import type { ClientMeta } from '../../core/auth/auth.service';
import { passwordHasher } from '../../core/identity/password-hasher';
import { hashToken, newSecretToken } from '../../core/identity/secret-token';
import { SessionService } from '../../core/identity/session.service';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AppError } from '../../core/errors/app-error';
import { LOGGER } from '../../core/logging/logging.module';
import { invitationMail } from '../../core/mail/mail-templates';
import { MailService } from '../../core/mail/mail.service';
import type { UserEntity } from '../../core/identity/user.entity';
import { UserService } from '../../core/identity/user.service';
import { InvitationEntity } from './invitation.entity';
import { invitationStatus } from './invitation.mapper';
import { InvitationRepository } from './invitation.repository';

@Injectable()
export class InvitationService {
  constructor(
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly rows: InvitationRepository,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    private readonly access: AccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async list(actor: Actor): Promise<InvitationEntity[]> {
    this.access.requireAdmin(actor);
    return this.invitations.find({ relations: { invitedBy: true }, order: { createdAt: 'DESC' }, take: 500 });
  }

  /** A new invitation replaces any pending one for the same email, so only the newest link works. */
  async create(actor: Actor, input: Required<InvitationCreate>, personId: string | null = null): Promise<InvitationEntity> {
    this.access.requireAdmin(actor);
    if (await this.users.findByEmail(input.email)) {
      throw new AppError('conflict', 'A user with this email already exists', [{ path: 'email', message: 'email_taken' }]);
    }
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.invitationTtlDays * 86_400_000);
    const invitation = await this.rows.replacePending({
      email: input.email,
      name: input.name,
      role: input.role,
      tokenHash: hashToken(token),
      expiresAt,
      invitedById: actor.user.id,
      personId,
    });
    invitation.invitedBy = actor.user;
    const link = `${this.config.publicUrl}/invito/${token}`;
    await this.mail.send(invitationMail(input.email, input.name, link, expiresAt, actor.user.name));
    this.logger.info({ invitationId: invitation.id, by: actor.user.id }, 'invitation sent');
    return invitation;
  }

  /** Part of a person's erasure: runs inside its transaction. */
  eraseFor(personId: string, now: Date): Promise<void> {
    return this.rows.eraseFor(personId, now);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    this.access.requireAdmin(actor);
    const invitation = await this.invitations.findOne({ where: { id } });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitationStatus(invitation) !== 'pending') throw new AppError('conflict', 'Only a pending invitation can be revoked');
    await this.invitations.update(id, { revokedAt: new Date() });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    return { email: invitation.email, name: invitation.name, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** Creates the account, uses up the invitation and logs the new user in, all or nothing. */
  async accept(token: string, input: InvitationAccept, meta: ClientMeta): Promise<{ user: UserEntity; token: string }> {
    const passwordHash = await passwordHasher.hash(input.password);
    const user = await this.rows.accept(
      hashToken(token),
      (invitation) => {
        if (!invitation) throw AppError.notFound('Invitation');
        if (invitationStatus(invitation) !== 'pending') throw new AppError('gone', 'This invitation has expired or was already used');
        return invitation;
      },
      { name: input.name, passwordHash },
      () => new AppError('conflict', 'An account with this email already exists'),
    );
    const session = await this.sessions.create(user.id, meta);
    this.logger.info({ userId: user.id }, 'invitation accepted');
    return { user, token: session.token };
  }

  private async usable(token: string): Promise<InvitationEntity> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation) throw AppError.notFound('Invitation');
    if (invitationStatus(invitation) !== 'pending') throw new AppError('gone', 'This invitation has expired or was already used');
    return invitation;
  }
}

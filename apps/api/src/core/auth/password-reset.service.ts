import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Repository } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { passwordResetMail } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { UserService } from '../../modules/user/user.service';
import { AttemptLimiter } from './attempt-limiter';
import { PasswordResetEntity } from './password-reset.entity';
import { hashToken, newSecretToken } from './secret-token';
import { SessionService } from './session.service';

const RESET_TTL_MS = 60 * 60_000;

@Injectable()
export class PasswordResetService {
  // Bounds the mail one address can make the server send, so the form cannot be used to flood an inbox.
  private readonly requests = new AttemptLimiter(5, 60 * 60_000);

  constructor(
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Always looks the same to the caller, whether or not the email has an account. */
  async request(email: string, ip?: string): Promise<void> {
    const key = `${ip}|${email}`;
    this.requests.check(key);
    this.requests.hit(key);
    const user = await this.users.findByEmail(email);
    if (!user || user.disabledAt) {
      this.logger.info({ email }, 'password reset asked for an unknown or disabled account');
      return;
    }
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    await this.resets.save(this.resets.create({ userId: user.id, tokenHash: hashToken(token), expiresAt, usedAt: null }));
    const link = `${this.config.publicUrl}/reimposta-password/${token}`;
    await this.mail.send(passwordResetMail(user.email, user.name, link, expiresAt, user.locale));
  }

  /** Sets the new password, uses up the link and ends every session of the account. */
  async confirm(token: string, password: string): Promise<void> {
    const reset = await this.resets.findOne({
      where: { tokenHash: hashToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    });
    if (!reset) throw new AppError('gone', 'This reset link is invalid, expired or already used');
    const claimed = await this.resets.update({ id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
    if (!claimed.affected) throw new AppError('gone', 'This reset link is invalid, expired or already used');
    await this.users.setPassword(reset.userId, password);
    await this.sessions.revokeAllOf(reset.userId);
    this.logger.info({ userId: reset.userId }, 'password reset');
  }
}

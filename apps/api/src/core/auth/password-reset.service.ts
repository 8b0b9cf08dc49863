import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { passwordResetMail } from '../mail/mail-templates';
import { MailService } from '../mail/mail.service';
import { UserService } from '../identity/user.service';
import { AttemptLimiter } from './attempt-limiter';
import { PasswordResetRepository } from '../identity/password-reset.repository';
import { hashToken, newSecretToken } from '../identity/secret-token';
import { SessionService } from '../identity/session.service';

const RESET_TTL_MS = 60 * 60_000;

@Injectable()
export class PasswordResetService {
  // Bounds the mail one address can make the server send, so the form cannot be used to flood an inbox.
  private readonly requests = new AttemptLimiter(5, 60 * 60_000);

  constructor(
    private readonly resets: PasswordResetRepository,
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
    await this.resets.add(user.id, hashToken(token), expiresAt);
    const link = `${this.config.publicUrl}/reimposta-password/${token}`;
    await this.mail.send(passwordResetMail(user.email, user.name, link, expiresAt, user.locale));
  }

  /** Sets the new password, uses up the link (and every other link of the account) and ends every session. */
  async confirm(token: string, password: string): Promise<void> {
    const userId = await this.resets.claim(hashToken(token));
    if (!userId) throw new AppError('gone', 'This reset link is invalid, expired or already used');
    await this.users.setPassword(userId, password);
    await this.sessions.revokeAllOf(userId);
    this.logger.info({ userId }, 'password reset');
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { LoginRequest } from '@cantiere/domain';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { AppError } from '../errors/app-error';
import { LOGGER } from '../logging/logging.module';
import { AuditService } from '../audit/audit.service';
import { UserService } from '../identity/user.service';
import type { UserEntity } from '../identity/user.entity';
import { AttemptLimiter } from './attempt-limiter';
import { passwordHasher } from '../identity/password-hasher';
import { SessionService } from '../identity/session.service';

const FIFTEEN_MINUTES = 15 * 60_000;

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
}

@Injectable()
export class AuthService {
  /** Failed logins per address and account, and (more loosely) per address alone. */
  private readonly perAccount: AttemptLimiter;
  private readonly perAddress: AttemptLimiter;

  constructor(
    private readonly users: UserService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.perAccount = new AttemptLimiter(config.loginRateLimit, FIFTEEN_MINUTES);
    this.perAddress = new AttemptLimiter(config.loginRateLimit * 5, FIFTEEN_MINUTES);
  }

  async login(credentials: LoginRequest, meta: ClientMeta): Promise<{ user: UserEntity; token: string }> {
    const accountKey = `${meta.ip}|${credentials.email}`;
    const addressKey = `${meta.ip}`;
    this.perAccount.check(accountKey);
    this.perAddress.check(addressKey);
    const user = await this.users.findByEmail(credentials.email);
    const valid = await passwordHasher.verify(user?.passwordHash, credentials.password);
    if (!user || !valid) {
      this.perAccount.hit(accountKey);
      this.perAddress.hit(addressKey);
      this.logger.warn({ email: credentials.email, ip: meta.ip }, 'failed login');
      throw new AppError('invalid_credentials', 'Email or password is not correct');
    }
    // Said only to whoever knows the password, so that it tells a stranger nothing about the account.
    if (user.disabledAt) throw new AppError('account_disabled', 'This account was deactivated by an administrator');
    this.perAccount.reset(accountKey);
    const { token } = await this.audit.change(
      () => this.sessions.create(user.id, meta),
      ({ session }) => ({ actor: { user }, action: 'session.start', entity: 'session', entityId: session.id, after: { expiresAt: session.expiresAt } }),
    );
    this.logger.info({ userId: user.id }, 'login');
    return { user, token };
  }

  async logout(sessionId: string | null, userId: string): Promise<void> {
    if (sessionId) await this.sessions.revoke(userId, sessionId);
  }
}

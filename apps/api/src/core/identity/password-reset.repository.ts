import { Injectable } from '@nestjs/common';
import { TxHost } from '../database/transaction';
import { IsNull } from 'typeorm';
import { PasswordResetEntity } from './password-reset.entity';

/** Reset links of an account: at most one of them is ever used, and none survives a password change. */
@Injectable()
export class PasswordResetRepository {
  constructor(private readonly txHost: TxHost) {}

  private get resets() {
    return this.txHost.tx.getRepository(PasswordResetEntity);
  }

  async add(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.resets.insert({ userId, tokenHash, expiresAt, usedAt: null });
  }

  /**
   * Uses up the link and, in the same statement, every other outstanding link of its account; returns the account,
   * or null when the link is unknown, expired or already used. Two links used at once cannot both win: the second
   * statement waits on the rows the first one locked and then finds them used.
   */
  async claim(tokenHash: string): Promise<string | null> {
    const [rows] = (await this.resets.query(
      `UPDATE password_resets SET used_at = now()
        WHERE used_at IS NULL
          AND user_id = (SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now())
        RETURNING user_id, token_hash`,
      [tokenHash],
    )) as [{ user_id: string; token_hash: string }[], number];
    return rows.find((r) => r.token_hash === tokenHash)?.user_id ?? null;
  }

  /** A new password makes every link sent for the old one pointless, and a leaked one dangerous. */
  async voidOutstanding(userId: string): Promise<void> {
    await this.resets.update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
  }
}

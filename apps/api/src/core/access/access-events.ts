import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AccessChangeReason } from '@cantiere/collab';
import type { Actor } from '../auth/actor';
import { LOGGER } from '../logging/logging.module';

/**
 * Whose open connections must be judged again: every connection of an account, only those of one session or one
 * API token, or (`everyone`) all of them, after a change such as a space's archive that touches many people at once.
 */
export type AccessSubject = { userId: string } | { sessionId: string } | { tokenId: string } | { everyone: true };

export interface AccessChange {
  subject: AccessSubject;
  reason: AccessChangeReason;
}

/** Whether a connection authenticated as `actor` is one of those the change is about. */
export function concerns(subject: AccessSubject, actor: Actor): boolean {
  if ('everyone' in subject) return true;
  if ('userId' in subject) return actor.user.id === subject.userId;
  if ('sessionId' in subject) return actor.sessionId === subject.sessionId;
  return actor.tokenId === subject.tokenId;
}

type AccessListener = (change: AccessChange) => Promise<void> | void;

/**
 * "Access changed" for a person, told by the module that changed it (membership, role, archive, erasure, logout,
 * session or token revoked, account deactivated) once its change is committed. Live gateways listen and judge
 * their open sockets again; a relay (the collaboration fan-out, with REDIS_URL) carries the change to the other
 * instances, whose gateways hear it through `deliverLocally`. Modules stay unaware of sockets and of Redis.
 */
@Injectable()
export class AccessEvents {
  private readonly listeners: AccessListener[] = [];
  private relay?: (change: AccessChange) => void;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  subscribe(listener: AccessListener) {
    this.listeners.push(listener);
  }

  setRelay(relay: (change: AccessChange) => void) {
    this.relay = relay;
  }

  /** Tells every instance; resolves once this instance's sockets are judged again. Never throws into the caller. */
  async changed(change: AccessChange): Promise<void> {
    try {
      this.relay?.(change);
    } catch (err) {
      this.logger.warn({ err }, 'access change relay failed');
    }
    await this.deliverLocally(change);
  }

  async deliverLocally(change: AccessChange): Promise<void> {
    await Promise.all(
      this.listeners.map(async (listener) => {
        try {
          await listener(change);
        } catch (err) {
          this.logger.error({ err, change }, 'access change listener failed');
        }
      }),
    );
  }
}

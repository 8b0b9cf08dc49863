import type { AccessChangeReason } from '@cantiere/collab';
import type { Actor } from '../core/auth/actor';
import type { PresenceIdentity } from './presence-identity';
import type { GarbageCounter, RateBucket } from './socket-limits';

/** What the collaboration gateway keeps per socket (`socket.data.state`). */
export interface SocketState {
  actor: Actor;
  rate: RateBucket;
  garbage: GarbageCounter;
  docs: Set<string>;
  /** Documents this socket was closed out of, and why: a later update there is `forbidden`, not `not_joined`. */
  revoked: Map<string, AccessChangeReason>;
  /** Set when the socket's session or token ended: every later event is refused, and the next sweep disconnects it. */
  ended: AccessChangeReason | null;
  /** The person and organisation presence must carry; looked up at the first join, again after each re-check. */
  identity?: PresenceIdentity;
  /** Re-checks of this socket run one after another, so that two never tell the client contradicting things. */
  rechecks: Promise<void>;
}

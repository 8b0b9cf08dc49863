import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from '@cantiere/collab';

/**
 * Where each person is in a live plan: the record and the field their focus is in, published in the awareness state
 * beside `user` (as documents publish their caret). The page shows a small label in that person's colour by the field,
 * and on the objective the record belongs to, so that people see who is on what before they type over each other.
 */
export interface PlanFocus {
  recordId: string;
  /** A binding key: `title`, `progress`, `budgetPlanned.fnps`, `milestones.<id>.date`. */
  field: string;
}

export const FOCUS_FIELD = 'planFocus';

export interface Peer {
  clientId: number;
  user: PresenceUser;
  focus: PlanFocus | null;
}

export function setPlanFocus(awareness: Awareness, focus: PlanFocus | null) {
  awareness.setLocalStateField(FOCUS_FIELD, focus);
}

/** The other people in the document (not this tab), with their focus. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const { user, [FOCUS_FIELD]: focus } = state as { user?: PresenceUser; planFocus?: PlanFocus | null };
    if (clientId !== awareness.clientID && user) peers.push({ clientId, user, focus: focus && typeof focus.recordId === 'string' ? focus : null });
  });
  return peers.sort((a, b) => a.clientId - b.clientId);
}

const EMPTY: readonly Peer[] = [];
const sameFocus = (a: PlanFocus | null, b: PlanFocus | null) => a?.recordId === b?.recordId && a?.field === b?.field;
const sameUser = (a: PresenceUser, b: PresenceUser) => a.id === b.id && a.name === b.name && a.organisation === b.organisation && a.color === b.color;

/**
 * The peers by what they are on, for `useSyncExternalStore`: `on(recordId, field)` gives the same array as long as the
 * same people are there, so that a field re-renders only when someone arrives at it or leaves it.
 */
export class PresenceStore {
  private peers: Peer[] = [];
  private readonly cache = new Map<string, readonly Peer[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.refresh);
    this.refresh();
  }

  private readonly refresh = () => {
    this.peers = readPeers(this.awareness);
    this.listeners.forEach((fn) => fn());
  };

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  /** Those on `field` of `recordId`, or anywhere in any of `recordIds` when `field` is null. */
  on(recordIds: readonly string[], field: string | null): readonly Peer[] {
    const found = this.peers.filter((p) => p.focus && recordIds.includes(p.focus.recordId) && (field === null || p.focus.field === field));
    const key = `${recordIds.join(',')}|${field ?? '*'}`;
    const previous = this.cache.get(key) ?? EMPTY;
    // The field counts too: a heading names the field each person is on, and must follow them from one to the next.
    const same =
      previous.length === found.length &&
      previous.every((p, i) => p.clientId === found[i].clientId && sameUser(p.user, found[i].user) && sameFocus(p.focus, found[i].focus));
    if (same) return previous;
    this.cache.set(key, found);
    return found;
  }

  destroy() {
    this.awareness.off('change', this.refresh);
    this.listeners.clear();
  }
}

import { useCallback, useSyncExternalStore } from 'react';
import type { Peer, PresenceStore } from '../live/presence';

/** The other people on a field of a record (or, with `field` null, anywhere in the records given). */
export function usePeersOn(store: PresenceStore, recordIds: readonly string[], field: string | null): readonly Peer[] {
  // The ids as one string: a new array with the same ids asks the same question.
  const key = recordIds.join(',');
  const read = useCallback(() => store.on(key.split(','), field), [store, key, field]);
  return useSyncExternalStore(store.subscribe, read);
}

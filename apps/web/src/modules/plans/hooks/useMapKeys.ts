import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { mapEntries, subscribeMapField } from '../live/bindings';

/** The keys of one or more map fields of a record (funding sources, partners, milestones), in a stable order. */
export function useMapKeys(record: Y.Map<unknown>, fields: readonly string[], sortBy?: (key: string, value: unknown) => string): string[] {
  const cache = useRef<{ joined: string; keys: string[] }>({ joined: '', keys: [] });
  const joinedFields = fields.join(',');
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offs = joinedFields.split(',').map((f) => subscribeMapField(record, f, onChange));
      return () => offs.forEach((off) => off());
    },
    [record, joinedFields],
  );
  const read = () => {
    const entries = new Map<string, unknown>();
    for (const field of fields) for (const [key, value] of mapEntries(record, field)) if (!entries.has(key)) entries.set(key, value);
    const keys = [...entries.keys()].sort((a, b) => {
      const [ka, kb] = sortBy ? [sortBy(a, entries.get(a)), sortBy(b, entries.get(b))] : [a, b];
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : a > b ? 1 : 0;
    });
    const joined = keys.join(',');
    if (joined !== cache.current.joined) cache.current = { joined, keys };
    return cache.current.keys;
  };
  return useSyncExternalStore(subscribe, read);
}

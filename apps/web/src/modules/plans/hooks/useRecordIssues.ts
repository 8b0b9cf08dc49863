import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { PlanCollection } from '@cantiere/collab';
import { recordIssues, type PlanReferences, type RecordIssues } from '../live/checks';

/**
 * What is wrong with a live record now, checked again at each change of the record (from anyone), so that a merge
 * that broke a cross-field rule (an end before the start, typed by two people) shows at once on both screens.
 */
export function useRecordIssues(collection: PlanCollection, record: Y.Map<unknown>, refs: PlanReferences): RecordIssues {
  const cache = useRef<{ key: string; issues: RecordIssues } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => onChange();
      record.observeDeep(handler);
      return () => record.unobserveDeep(handler);
    },
    [record],
  );
  const read = useCallback(() => {
    const issues = recordIssues(collection, record, refs);
    const key = JSON.stringify(issues);
    if (cache.current?.key !== key) cache.current = { key, issues };
    return cache.current.issues;
  }, [collection, record, refs]);
  return useSyncExternalStore(subscribe, read);
}

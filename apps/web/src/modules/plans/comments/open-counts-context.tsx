import { createContext, useContext, type ReactNode } from 'react';
import { useOpenCounts } from './api';

const OpenCountsContext = createContext<ReadonlyMap<string, number> | null>(null);
const NONE: ReadonlyMap<string, number> = new Map();

/** The plan's open comment threads by record, for the badges of the records' headings below it (one query for all). */
export function WithOpenCounts({ planId, children }: { planId: string; children: ReactNode }) {
  const counts = useOpenCounts(planId).data ?? NONE;
  return <OpenCountsContext.Provider value={counts}>{children}</OpenCountsContext.Provider>;
}

/** Null outside a plan page (the live form rendered on its own shows no badge). */
export function useOpenCountsHere(): ReadonlyMap<string, number> | null {
  return useContext(OpenCountsContext);
}

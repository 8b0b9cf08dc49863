import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { PlanProblem } from '@cantiere/domain';
import type { PlanReferences } from '../../live/checks';
import type { PlanFocus, PresenceStore } from '../../live/presence';

export interface Choice {
  value: string;
  label: string;
}

/** What every part of the live editor needs: the document, the lists it picks from, presence, the server's flags. */
export interface LivePlanState {
  doc: Y.Doc;
  editable: boolean;
  refs: PlanReferences;
  choices: { organisations: Choice[]; macroAreas: Choice[]; fundingSources: Choice[]; leps: Choice[] };
  presence: PresenceStore;
  setFocus: (focus: PlanFocus | null) => void;
  /** Problems the server's projection flagged, by record id (it keeps the record's last valid row meanwhile). */
  serverProblems: ReadonlyMap<string, readonly PlanProblem[]>;
  /** Says something to screen readers politely (an action moved out of sight, to another objective). */
  announce: (text: string) => void;
  /** Starts every element id of this editor, so that ids stay unique wherever it is shown. */
  idPrefix: string;
}

export const LivePlanContext = createContext<LivePlanState | null>(null);

export function useLivePlan(): LivePlanState {
  const state = useContext(LivePlanContext);
  if (!state) throw new Error('useLivePlan outside a live plan');
  return state;
}

/** The id of a field's element: the editor's prefix, the record, then what the field edits (`budgetPlanned.fnps`). */
export function useFieldId(recordId: string, key: string): string {
  return `${useLivePlan().idPrefix}-${recordId}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

import type { MonitoredAction } from '@cantiere/domain';

/** One entry of a timeline as the roll-back needs it (what changed and what it was before). */
export interface PastEntry {
  actionId: string | null;
  recordId: string;
  field: string;
  subject: string | null;
  previousValue: unknown;
}

/**
 * The monitored actions as they stood before the entries given, newest first: each entry's change is undone by putting
 * back its previous value. `current` ∘ undo(entries after D) is the state at D, because every change of status,
 * progress, spending and milestones is written as an entry in the same transaction as the value itself.
 * Observations and notes change no action value and are skipped.
 */
export function monitoredActionsBefore(current: readonly MonitoredAction[], newestFirst: readonly PastEntry[]): MonitoredAction[] {
  const actions = new Map(current.map((a) => [a.actionId, { ...a, spent: a.spent.map((s) => ({ ...s })), milestones: a.milestones.map((m) => ({ ...m })) }]));
  for (const e of newestFirst) {
    const a = e.actionId ? actions.get(e.actionId) : undefined;
    if (!a) continue;
    if (e.field === 'status') a.status = e.previousValue as MonitoredAction['status'];
    else if (e.field === 'progress') a.progress = e.previousValue as number;
    else if (e.field === 'spent' && e.subject) {
      const line = a.spent.find((s) => s.fundingSource === e.subject);
      if (line) line.spentCents = e.previousValue as number;
      else a.spent.push({ fundingSource: e.subject, spentCents: e.previousValue as number });
    } else if (e.field === 'milestone_done' || e.field === 'milestone_date') {
      const m = a.milestones.find((x) => x.id === e.recordId);
      if (m && e.field === 'milestone_done') m.done = e.previousValue as boolean;
      if (m && e.field === 'milestone_date') m.date = e.previousValue as string;
    }
  }
  return [...actions.values()].map((a) => ({ ...a, spentTotalCents: a.spent.reduce((t, s) => t + s.spentCents, 0) }));
}

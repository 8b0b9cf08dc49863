import * as Y from 'yjs';
import { planCollection } from '@cantiere/collab';
import type { PlanRows } from '../plan.repository';

/**
 * Brings the monitoring an adopted plan received into its document before a revision reopens it. Between adoption and
 * revision the document is final and monitoring (status, progress, spending, milestones done) is written to the rows
 * only; without this, the first edit of an action in the revision would project the document's older values over them.
 * Only values that differ are written: a plan never monitored gets no change at all.
 */
export function writeMonitoring(doc: Y.Doc, rows: PlanRows): void {
  const actions = planCollection(doc, 'actions');
  for (const a of rows.actions) {
    const record = actions.get(a.id);
    if (!(record instanceof Y.Map)) continue;
    if (record.get('status') !== a.status) record.set('status', a.status);
    if (record.get('progress') !== a.progress) record.set('progress', a.progress);
    const spent = record.get('budgetSpent');
    if (spent instanceof Y.Map) {
      const now = new Map(rows.actionBudgets.filter((b) => b.actionId === a.id && b.spentCents > 0).map((b) => [b.fundingSource, b.spentCents]));
      for (const [source, cents] of now) if (spent.get(source) !== cents) spent.set(source, cents);
      for (const source of [...spent.keys()]) if (!now.has(source)) spent.delete(source);
    }
    const milestones = record.get('milestones');
    if (milestones instanceof Y.Map)
      for (const m of rows.milestones.filter((x) => x.actionId === a.id)) {
        const held = milestones.get(m.id) as { date: string; title: string; done: boolean } | undefined;
        if (held && held.done !== m.done) milestones.set(m.id, { ...held, done: m.done });
      }
  }
}

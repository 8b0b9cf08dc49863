import type { AgendaItemOutcome, AgendaItemStatus, VerbaleItemStatus } from '@cantiere/domain';

/**
 * What the verbale says of an item. The facilitator's explicit outcome wins: only they know that an item with text was
 * in fact postponed. Without one, run mode marks as discussed only the items the facilitator clicked through, and
 * closing marks the rest as not discussed (they go to the backlog); but an item whose section holds discussion or a
 * decision was dealt with, however the meeting was run, and the verbale must not say otherwise.
 */
export function itemStatusInVerbale(
  status: AgendaItemStatus,
  outcome: AgendaItemOutcome | null,
  minutesText: string,
  decisionCount: number,
): VerbaleItemStatus {
  if (outcome) return outcome;
  if (status === 'discussed') return status;
  return minutesText.trim() !== '' || decisionCount > 0 ? 'discussed' : status;
}

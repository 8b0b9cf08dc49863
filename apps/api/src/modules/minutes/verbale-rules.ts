import type { AgendaItemStatus } from '@cantiere/domain';

/**
 * What the verbale says of an item. Run mode marks as discussed only the items the facilitator clicked through, and
 * closing marks the rest as not discussed (they go to the backlog); but an item whose section holds discussion or a
 * decision was dealt with, however the meeting was run, and the verbale must not say otherwise.
 */
export function itemStatusInVerbale(status: AgendaItemStatus, minutesText: string, decisionCount: number): AgendaItemStatus {
  if (status === 'discussed') return status;
  return minutesText.trim() !== '' || decisionCount > 0 ? 'discussed' : status;
}

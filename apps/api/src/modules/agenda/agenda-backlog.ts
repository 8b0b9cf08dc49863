import { Injectable } from '@nestjs/common';
import type { BacklogEntry } from '@cantiere/domain';

/** A backlog entry with the start of the meeting it comes from, by which the backlog is ordered. */
export interface BacklogCandidate extends BacklogEntry {
  startsAt: Date;
}

/** Records of other modules that a later agenda takes up (decisions left postponed, overdue actions). */
export interface BacklogSource {
  /** What earlier meetings of the space left open and is not yet carried over. */
  open(meetingId: string, spaceId: string, today: string): Promise<BacklogCandidate[]>;
  /** Of these agenda items, those whose minutes recorded this source's records under them: they were dealt with. */
  dealtWith(itemIds: string[]): Promise<Set<string>>;
}

/**
 * The backlog's other sources, registered by the modules that own them, so that the agenda depends on none of
 * them: outcome registers its decisions and actions.
 */
@Injectable()
export class AgendaBacklog {
  private readonly sources: BacklogSource[] = [];

  register(source: BacklogSource) {
    this.sources.push(source);
  }

  async open(meetingId: string, spaceId: string, today: string): Promise<BacklogCandidate[]> {
    return (await Promise.all(this.sources.map((s) => s.open(meetingId, spaceId, today)))).flat();
  }

  async dealtWith(itemIds: string[]): Promise<Set<string>> {
    if (!itemIds.length) return new Set();
    const sets = await Promise.all(this.sources.map((s) => s.dealtWith(itemIds)));
    return new Set(sets.flatMap((s) => [...s]));
  }
}

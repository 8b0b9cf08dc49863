import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgendaBacklog, type BacklogCandidate, type BacklogSource } from '../agenda';
import { OutcomeRepository } from './outcome.repository';

/** Offers a later agenda the decisions left postponed and the overdue actions; an item with a decision was dealt with. */
@Injectable()
export class OutcomeBacklog implements BacklogSource, OnModuleInit {
  constructor(
    private readonly rows: OutcomeRepository,
    private readonly backlog: AgendaBacklog,
  ) {}

  onModuleInit() {
    this.backlog.register(this);
  }

  open(meetingId: string, spaceId: string, today: string): Promise<BacklogCandidate[]> {
    return this.rows.backlog(meetingId, spaceId, today);
  }

  dealtWith(itemIds: string[]): Promise<Set<string>> {
    return this.rows.itemsWithDecisions(itemIds);
  }
}

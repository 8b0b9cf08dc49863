import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { In, Not } from 'typeorm';
import type { BacklogCandidate } from '../agenda';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';

/** A decision block as the minutes hold it, its links already checked. */
export type DecisionRecord = Pick<
  DecisionEntity,
  'blockId' | 'agendaItemId' | 'text' | 'outcome' | 'votingMethod' | 'votesFor' | 'votesAgainst' | 'votesAbstained'
>;
/** An action block as the minutes hold it, its links already checked; its status is kept here, never overwritten. */
export type ActionRecord = Pick<ActionEntity, 'blockId' | 'agendaItemId' | 'what' | 'responsibleOrganisationId' | 'responsiblePersonId' | 'dueDate'>;

const MEETING_LABEL = `'n. ' || m.number || '/' || m.year || ' – ' || m.title`;

/** Writes of decisions and actions that must commit with the caller's transaction, and what a later agenda takes up. */
@Injectable()
export class OutcomeRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /**
   * What earlier meetings of the space left to take up: decisions postponed and never carried over to an agenda,
   * and actions past their due date, still open, and not yet on this meeting's agenda.
   */
  backlog(meetingId: string, spaceId: string, today: string): Promise<BacklogCandidate[]> {
    return this.ds.query(
      `SELECT 'decision' AS type, d.id, d.text AS title, NULL AS detail, m.id AS "meetingId", ${MEETING_LABEL} AS "meetingLabel", m.starts_at AS "startsAt"
         FROM decisions d JOIN meetings m ON m.id = d.meeting_id
        WHERE d.space_id = $2 AND m.id <> $1 AND d.outcome = 'postponed'
          AND NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.source_type = 'decision' AND c.source_id = d.id)
       UNION ALL
       SELECT 'action', x.id, x.what, 'scadenza ' || to_char(x.due_date, 'DD/MM/YYYY') || coalesce(' – ' || o.name, ''), m.id, ${MEETING_LABEL}, m.starts_at
         FROM actions x JOIN meetings m ON m.id = x.meeting_id LEFT JOIN organisations o ON o.id = x.responsible_organisation_id
        WHERE x.space_id = $2 AND x.status IN ('open', 'in_progress') AND x.due_date < $3::date
          AND NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.meeting_id = $1 AND c.source_type = 'action' AND c.source_id = x.id)
       ORDER BY "startsAt", type`,
      [meetingId, spaceId, today],
    );
  }

  /** Open actions whose due date is before `today`, with whom they are assigned to. */
  overdueActions(
    today: string,
  ): Promise<{ id: string; meetingId: string; what: string; dueDate: string; responsibleOrganisationId: string | null; responsiblePersonId: string | null }[]> {
    return this.ds.query(
      `SELECT id, meeting_id AS "meetingId", what, to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
              responsible_organisation_id AS "responsibleOrganisationId", responsible_person_id AS "responsiblePersonId"
         FROM actions WHERE status IN ('open', 'in_progress') AND due_date < $1::date ORDER BY due_date, id`,
      [today],
    );
  }

  /** Of these agenda items, those with a decision recorded under them. */
  async itemsWithDecisions(itemIds: string[]): Promise<Set<string>> {
    const rows = await this.ds.getRepository(DecisionEntity).find({ where: { agendaItemId: In(itemIds) }, select: { agendaItemId: true } });
    return new Set(rows.map((r) => r.agendaItemId).filter((id): id is string => id !== null));
  }

  /** Upserts the meeting's decisions and actions by block, and removes the rows of blocks no longer there. */
  async replaceForMeeting(meetingId: string, spaceId: string, decisionRows: DecisionRecord[], actionRows: ActionRecord[]): Promise<void> {
    const decisions = this.ds.getRepository(DecisionEntity);
    if (decisionRows.length) {
      await decisions.upsert(
        decisionRows.map((d) => ({ ...d, meetingId, spaceId })),
        ['meetingId', 'blockId'],
      );
    }
    await decisions.delete({ meetingId, ...(decisionRows.length ? { blockId: Not(In(decisionRows.map((d) => d.blockId))) } : {}) });

    const actions = this.ds.getRepository(ActionEntity);
    if (actionRows.length) {
      await actions.upsert(
        actionRows.map((a) => ({ ...a, meetingId, spaceId })),
        ['meetingId', 'blockId'],
      );
    }
    await actions.delete({ meetingId, ...(actionRows.length ? { blockId: Not(In(actionRows.map((a) => a.blockId))) } : {}) });
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';

/** A decision block as the minutes hold it, its links already checked. */
export type DecisionRecord = Pick<
  DecisionEntity,
  'blockId' | 'agendaItemId' | 'text' | 'outcome' | 'votingMethod' | 'votesFor' | 'votesAgainst' | 'votesAbstained'
>;
/** An action block as the minutes hold it, its links already checked; its status is kept here, never overwritten. */
export type ActionRecord = Pick<ActionEntity, 'blockId' | 'agendaItemId' | 'what' | 'responsibleOrganisationId' | 'responsiblePersonId' | 'dueDate'>;

/** Writes of decisions and actions that must commit with the caller's transaction. */
@Injectable()
export class OutcomeRepository {
  /** Upserts the meeting's decisions and actions by block, and removes the rows of blocks no longer there. */
  async replaceForMeeting(tx: EntityManager, meetingId: string, spaceId: string, decisionRows: DecisionRecord[], actionRows: ActionRecord[]): Promise<void> {
    const decisions = tx.getRepository(DecisionEntity);
    if (decisionRows.length) {
      await decisions.upsert(
        decisionRows.map((d) => ({ ...d, meetingId, spaceId })),
        ['meetingId', 'blockId'],
      );
    }
    await decisions.delete({ meetingId, ...(decisionRows.length ? { blockId: Not(In(decisionRows.map((d) => d.blockId))) } : {}) });

    const actions = tx.getRepository(ActionEntity);
    if (actionRows.length) {
      await actions.upsert(
        actionRows.map((a) => ({ ...a, meetingId, spaceId })),
        ['meetingId', 'blockId'],
      );
    }
    await actions.delete({ meetingId, ...(actionRows.length ? { blockId: Not(In(actionRows.map((a) => a.blockId))) } : {}) });
  }
}

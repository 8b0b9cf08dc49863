import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { In } from 'typeorm';
import { AgendaItemEntity } from '../agenda/agenda-item.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import type { ActionRecord, DecisionRecord } from '../outcome';
import { PersonEntity } from '../person/person.entity';
import type { projectMinutes } from './minutes-projection';

/** Writes the decisions and actions (the outcome module's rows) inside the projection's transaction, which its repository joins. */
export type OutcomeWrite = (spaceId: string, decisions: DecisionRecord[], actions: ActionRecord[]) => Promise<void>;

/**
 * Stores what the minutes say in one transaction: decisions and actions handed to the outcome module's writer (a
 * removed block removes its row), and the section texts written onto the agenda items and the meeting. It writes the
 * meeting's and agenda's text columns and checks references to people and organisations in the same transaction, so
 * it is a listed lint exception.
 */
@Injectable()
export class MinutesProjectionRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /** Returns the meeting's title (null: no such meeting, nothing stored). */
  async store(meetingId: string, projected: ReturnType<typeof projectMinutes>, writeOutcomes: OutcomeWrite): Promise<{ title: string } | null> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      const meeting = await tx.getRepository(MeetingEntity).findOneBy({ id: meetingId });
      if (!meeting) return null;
      const itemIds = new Set((await tx.getRepository(AgendaItemEntity).find({ where: { meetingId }, select: { id: true } })).map((i) => i.id));
      // References written by a client may point at nothing (a deleted item, a mistyped id): keep the row, drop the link.
      const orgIds = new Set(
        (
          await tx
            .getRepository(OrganisationEntity)
            .find({ where: { id: In(projected.actions.map((a) => a.responsibleOrganisationId).filter((v): v is string => !!v)) }, select: { id: true } })
        ).map((o) => o.id),
      );
      const personIds = new Set(
        (
          await tx
            .getRepository(PersonEntity)
            .find({ where: { id: In(projected.actions.map((a) => a.responsiblePersonId).filter((v): v is string => !!v)) }, select: { id: true } })
        ).map((p) => p.id),
      );
      const item = (id: string | null) => (id && itemIds.has(id) ? id : null);

      await writeOutcomes(
        meeting.spaceId,
        projected.decisions.map((d) => ({ ...d, agendaItemId: item(d.agendaItemId) })),
        projected.actions.map((a) => ({
          ...a,
          agendaItemId: item(a.agendaItemId),
          responsibleOrganisationId: a.responsibleOrganisationId && orgIds.has(a.responsibleOrganisationId) ? a.responsibleOrganisationId : null,
          responsiblePersonId: a.responsiblePersonId && personIds.has(a.responsiblePersonId) ? a.responsiblePersonId : null,
        })),
      );

      for (const id of itemIds) await tx.getRepository(AgendaItemEntity).update(id, { minutesText: projected.sections.get(id) ?? '' });
      await tx.getRepository(MeetingEntity).update(meetingId, { minutesOtherText: projected.other });
      return { title: meeting.title };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import type { MeetingEntity } from '../meeting';
import type { BacklogCandidate } from './agenda-backlog';
import { AgendaItemEntity } from './agenda-item.entity';

/** The queries of the agenda that a Repository cannot express. */
@Injectable()
export class AgendaRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /**
   * The agenda items earlier meetings of the space left open and not yet carried over: marked not dealt with or
   * postponed once the meeting was over (until then the mark may still change), or, unmarked, not reached and with
   * nothing written under them. For the unmarked ones (`unmarked`), the caller still checks that the minutes
   * recorded no decision under them (the verbale's rule, itemStatusInVerbale).
   */
  async openItems(meetingId: string, spaceId: string): Promise<(BacklogCandidate & { unmarked: boolean })[]> {
    const rows: (BacklogCandidate & { unmarked: boolean })[] = await this.ds.query(
      `SELECT 'agenda_item' AS type, a.id, a.title, a.description AS detail, m.id AS "meetingId",
              'n. ' || m.number || '/' || m.year || ' – ' || m.title AS "meetingLabel", m.starts_at AS "startsAt",
              a.outcome IS NULL AS unmarked
         FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
        WHERE m.space_id = $2 AND m.id <> $1
          AND (a.outcome IN ('not_discussed', 'postponed') AND m.status IN ('closed', 'minutes_approved')
            OR a.outcome IS NULL AND a.status = 'not_discussed' AND a.minutes_text !~ '[^[:space:]]')
          AND NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.source_type = 'agenda_item' AND c.source_id = a.id)
        ORDER BY m.starts_at`,
      [meetingId, spaceId],
    );
    return rows;
  }

  async documentTitles(spaceId: string, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; title: string }[] = await this.ds.query('SELECT id, title FROM documents WHERE space_id = $1 AND id = ANY($2::uuid[])', [
      spaceId,
      ids,
    ]);
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  /** Adds the item at the end of the agenda; the agenda's lock keeps positions unique under concurrent additions. */
  append(meetingId: string, fields: Omit<Partial<AgendaItemEntity>, 'meetingId' | 'position'>): Promise<string> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agenda:${meetingId}`]);
      const [{ next }]: { next: number }[] = await tx.query('SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_items WHERE meeting_id = $1', [
        meetingId,
      ]);
      return (await tx.getRepository(AgendaItemEntity).save({ meetingId, position: next, ...fields })).id;
    });
  }

  /** Deletes the item and numbers the rest again from 1, under the agenda's lock. */
  async removeAndRenumber(meetingId: string, itemId: string): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agenda:${meetingId}`]);
      await tx.getRepository(AgendaItemEntity).delete({ id: itemId });
      await tx.query(
        `UPDATE agenda_items a SET position = o.rn FROM (SELECT id, row_number() OVER (ORDER BY position) AS rn FROM agenda_items WHERE meeting_id = $1) o WHERE a.id = o.id`,
        [meetingId],
      );
    });
  }

  /** Gives the items the positions of their order in `itemIds`, under the agenda's lock. */
  async reorder(meetingId: string, itemIds: string[]): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agenda:${meetingId}`]);
      await tx.query('UPDATE agenda_items a SET position = o.pos FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, pos) WHERE a.id = o.id', [itemIds]);
    });
  }

  itemsInOrder(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.ds.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
  }

  /** The seconds since `startedAt` are added to the item, which counts as discussed. */
  async bookTime(itemId: string, startedAt: Date, now: Date): Promise<void> {
    const tx = this.ds;
    const seconds = Math.max(0, Math.round((now.getTime() - startedAt.getTime()) / 1000));
    await tx.getRepository(AgendaItemEntity).increment({ id: itemId }, 'spentSeconds', seconds);
    await tx.getRepository(AgendaItemEntity).update({ id: itemId }, { status: 'discussed' });
  }

  /** On close, time on the item under discussion is booked; items never reached are marked not discussed (backlog). */
  async settleOnClose(meeting: MeetingEntity, now: Date): Promise<void> {
    const tx = this.ds;
    if (meeting.currentItemId && meeting.itemStartedAt) await this.bookTime(meeting.currentItemId, meeting.itemStartedAt, now);
    await tx.getRepository(AgendaItemEntity).update({ meetingId: meeting.id, status: 'pending' }, { status: 'not_discussed' });
  }
}

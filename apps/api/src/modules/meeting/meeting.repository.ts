import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingEntity } from './meeting.entity';

/** The queries on meetings that a Repository cannot express. */
@Injectable()
export class MeetingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Marks each convened meeting of the day after `now` (Rome) as reminded, once, and returns the ones it claimed;
   * `withClaimed` runs in the claim's transaction, so that what it records (the reminder's event) commits with it.
   */
  claimDueReminders(now: Date, withClaimed?: (tx: EntityManager, ids: string[]) => Promise<void>): Promise<string[]> {
    return this.ds.transaction(async (tx) => {
      const due: { id: string }[] = await tx.query(
        `WITH due AS (
           UPDATE meetings SET reminder_sent_at = $1
            WHERE status = 'convened' AND reminder_sent_at IS NULL
              AND (starts_at AT TIME ZONE 'Europe/Rome')::date = (($1::timestamptz AT TIME ZONE 'Europe/Rome')::date + 1)
           RETURNING id)
         SELECT id FROM due`,
        [now],
      );
      const ids = due.map((row) => row.id);
      if (ids.length && withClaimed) await withClaimed(tx, ids);
      return ids;
    });
  }

  /**
   * Marks each convened meeting starting in two or three days (Rome), convened at least two days ago, as having had
   * its RSVP reminder, once, and returns the ones it claimed; `withClaimed` runs in the claim's transaction.
   */
  claimDueRsvpReminders(now: Date, withClaimed?: (tx: EntityManager, ids: string[]) => Promise<void>): Promise<string[]> {
    return this.ds.transaction(async (tx) => {
      const due: { id: string }[] = await tx.query(
        `WITH due AS (
           UPDATE meetings SET rsvp_reminder_sent_at = $1
            WHERE status = 'convened' AND rsvp_reminder_sent_at IS NULL AND convened_at <= $1::timestamptz - interval '2 days'
              AND (starts_at AT TIME ZONE 'Europe/Rome')::date BETWEEN (($1::timestamptz AT TIME ZONE 'Europe/Rome')::date + 2)
                                                                   AND (($1::timestamptz AT TIME ZONE 'Europe/Rome')::date + 3)
           RETURNING id)
         SELECT id FROM due`,
        [now],
      );
      const ids = due.map((row) => row.id);
      if (ids.length && withClaimed) await withClaimed(tx, ids);
      return ids;
    });
  }

  /**
   * Makes the item `choose` picks the current one, under a row lock on the meeting so that two facilitators
   * pressing "next" together move one step and time is booked once. The item that stops being current gets the
   * seconds spent on it and counts as discussed.
   */
  moveCurrentItem(
    meetingId: string,
    now: Date,
    choose: (meeting: MeetingEntity, items: AgendaItemEntity[]) => AgendaItemEntity | null,
  ): Promise<MeetingEntity> {
    return this.ds.transaction(async (tx) => {
      const m = await tx.getRepository(MeetingEntity).findOneOrFail({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      const items = await tx.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
      const target = choose(m, items);
      if (m.currentItemId && m.itemStartedAt && m.currentItemId !== target?.id) {
        const seconds = Math.max(0, Math.round((now.getTime() - m.itemStartedAt.getTime()) / 1000));
        await tx.getRepository(AgendaItemEntity).increment({ id: m.currentItemId }, 'spentSeconds', seconds);
        await tx.getRepository(AgendaItemEntity).update({ id: m.currentItemId }, { status: 'discussed' });
      }
      if (m.currentItemId !== (target?.id ?? null)) {
        await tx.getRepository(MeetingEntity).update(meetingId, { currentItemId: target?.id ?? null, itemStartedAt: target ? now : null });
        m.currentItemId = target?.id ?? null;
        m.itemStartedAt = target ? now : null;
      }
      return m;
    });
  }

  /** Numbers are progressive per space and year: the lock serialises the few concurrent creations of one space. */
  createNumbered(spaceId: string, year: number, fields: Omit<Partial<MeetingEntity>, 'spaceId' | 'year' | 'number'>): Promise<string> {
    return this.ds.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`meeting-number:${spaceId}:${year}`]);
      const [{ next }]: { next: number }[] = await tx.query('SELECT coalesce(max(number), 0) + 1 AS next FROM meetings WHERE space_id = $1 AND year = $2', [
        spaceId,
        year,
      ]);
      const repo = tx.getRepository(MeetingEntity);
      const saved = await repo.save(repo.create({ spaceId, number: next, year, ...fields }));
      return saved.id;
    });
  }

  listInSpaces(spaceIds: string[], filter: { from?: Date; to?: Date }): Promise<MeetingEntity[]> {
    const qb = this.ds
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.space', 'space')
      .leftJoinAndSelect('m.chair', 'chair')
      .leftJoinAndSelect('m.minuteTaker', 'minuteTaker')
      .where('m.space_id IN (:...spaces)', { spaces: spaceIds });
    if (filter.from) qb.andWhere('m.ends_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('m.starts_at < :to', { to: filter.to });
    return qb
      .orderBy('m.starts_at', filter.from ? 'ASC' : 'DESC')
      .limit(500)
      .getMany();
  }

  /**
   * Applies a lifecycle step in one transaction: the meeting's new fields, the agenda settled on close, whatever
   * must commit with the step (`alongside`), and the transition's record. The status guard in the WHERE makes two
   * concurrent clicks record one transition, not two: false when the meeting had moved meanwhile.
   */
  applyTransition(
    meeting: MeetingEntity,
    changes: Partial<MeetingEntity>,
    record: Omit<MeetingTransitionEntity, 'id' | 'at' | 'meetingId' | 'fromStatus'>,
    settleAgendaAt: Date | null,
    alongside?: (tx: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.ds.transaction(async (tx) => {
      const result = await tx.getRepository(MeetingEntity).update({ id: meeting.id, status: meeting.status }, changes);
      if (!result.affected) return false;
      if (settleAgendaAt) await this.settleAgendaOnClose(tx, meeting, settleAgendaAt);
      if (alongside) await alongside(tx);
      await tx.getRepository(MeetingTransitionEntity).save({ ...record, meetingId: meeting.id, fromStatus: meeting.status });
      return true;
    });
  }

  /** Time on the item under discussion is booked; items never reached are marked not discussed (backlog). */
  private async settleAgendaOnClose(tx: EntityManager, meeting: MeetingEntity, now: Date) {
    const items = tx.getRepository(AgendaItemEntity);
    if (meeting.currentItemId && meeting.itemStartedAt) {
      const seconds = Math.max(0, Math.round((now.getTime() - meeting.itemStartedAt.getTime()) / 1000));
      await items.increment({ id: meeting.currentItemId }, 'spentSeconds', seconds);
      await items.update({ id: meeting.currentItemId }, { status: 'discussed' });
    }
    await items.update({ meetingId: meeting.id, status: 'pending' }, { status: 'not_discussed' });
  }
}

import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingEntity } from './meeting.entity';

/** What decides the rights on a meeting. */
export interface MeetingAccessFacts {
  id: string;
  spaceId: string;
  chairPersonId: string | null;
  minuteTakerPersonId: string | null;
  status: MeetingEntity['status'];
  minutesStatus: MeetingEntity['minutesStatus'];
}

/** The queries on meetings that a Repository cannot express. */
@Injectable()
export class MeetingRepository {
  constructor(private readonly txHost: TxHost) {}

  /** The current transaction's manager when a caller opened one, else the data source's. */
  private get ds() {
    return this.txHost.tx;
  }

  /** The access facts of many meetings in one query (unknown ids are left out). */
  async accessFacts(ids: readonly string[]): Promise<MeetingAccessFacts[]> {
    if (ids.length === 0) return [];
    return this.ds.query(
      `SELECT id, space_id AS "spaceId", chair_person_id AS "chairPersonId", minute_taker_person_id AS "minuteTakerPersonId",
              status, minutes_status AS "minutesStatus"
       FROM meetings WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

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
   * Runs `work` on the meeting under a row lock, in one transaction: two facilitators pressing "next" together in run
   * mode move one step, and the time on the item that stops being current is booked once.
   */
  underLock<T>(meetingId: string, work: (meeting: MeetingEntity) => Promise<T>): Promise<T> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      const m = await tx.getRepository(MeetingEntity).findOneOrFail({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      return work(m);
    });
  }

  async setCurrentItem(meetingId: string, itemId: string | null, startedAt: Date | null): Promise<void> {
    await this.ds.getRepository(MeetingEntity).update(meetingId, { currentItemId: itemId, itemStartedAt: startedAt });
  }

  /** Numbers are progressive per space and year: the lock serialises the few concurrent creations of one space. */
  createNumbered(spaceId: string, year: number, fields: Omit<Partial<MeetingEntity>, 'spaceId' | 'year' | 'number'>): Promise<string> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
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
   * Applies a lifecycle step in one transaction: the meeting's new fields, whatever must commit with the step
   * (`alongside`: the agenda settled on close, a sealed record), and the transition's record. The status guard in the WHERE makes two
   * concurrent clicks record one transition, not two: false when the meeting had moved meanwhile.
   */
  applyTransition(
    meeting: MeetingEntity,
    changes: Partial<MeetingEntity>,
    record: Omit<MeetingTransitionEntity, 'id' | 'at' | 'meetingId' | 'fromStatus'>,
    alongside: () => Promise<void>,
  ): Promise<boolean> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      const result = await tx.getRepository(MeetingEntity).update({ id: meeting.id, status: meeting.status }, changes);
      if (!result.affected) return false;
      await alongside();
      await tx.getRepository(MeetingTransitionEntity).save({ ...record, meetingId: meeting.id, fromStatus: meeting.status });
      return true;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

/** The queries on meetings that a Repository cannot express. */
@Injectable()
export class MeetingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Marks each convened meeting of the day after `now` (Rome) as reminded, once, and returns the ones it claimed. */
  async claimDueReminders(now: Date): Promise<string[]> {
    const due: { id: string }[] = await this.ds.query(
      `WITH due AS (
         UPDATE meetings SET reminder_sent_at = $1
          WHERE status = 'convened' AND reminder_sent_at IS NULL
            AND (starts_at AT TIME ZONE 'Europe/Rome')::date = (($1::timestamptz AT TIME ZONE 'Europe/Rome')::date + 1)
         RETURNING id)
       SELECT id FROM due`,
      [now],
    );
    return due.map((row) => row.id);
  }

  /**
   * Makes the item `choose` picks the current one, under a row lock on the meeting so that two facilitators
   * pressing "next" together move one step and time is booked once. The item that stops being current gets the
   * seconds spent on it and counts as discussed.
   */
  moveCurrentItem(meetingId: string, now: Date, choose: (meeting: MeetingEntity, items: AgendaItemEntity[]) => AgendaItemEntity | null): Promise<MeetingEntity> {
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
}

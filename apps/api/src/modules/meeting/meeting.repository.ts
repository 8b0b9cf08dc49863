import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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
}

import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Outbox } from '../../src/core/events/outbox.service';
import { MEETING_MAILS_TOPIC } from '../../src/modules/attendance/convocation.service';
import { waitFor } from '../support/collab-harness';
import { startTestApp, TestApp } from '../support/test-app';

interface OutboxRow {
  id: string;
  relayed: boolean;
}

describe('outbox: an event exists if and only if its change committed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const rowsAbout = (meetingId: string): Promise<OutboxRow[]> =>
    t.dataSource.query(`SELECT id, relayed_at IS NOT NULL AS relayed FROM outbox WHERE payload->>'meetingId' = $1`, [meetingId]);
  const jobsAbout = (meetingId: string): Promise<{ id: string; state: string }[]> =>
    t.dataSource.query(`SELECT id::text, state::text FROM pgboss.job WHERE name = $1 AND data->>'meetingId' = $2`, [MEETING_MAILS_TOPIC, meetingId]);

  // The change: any row written in the same transaction.
  const change = (tx: EntityManager, meetingId: string) =>
    tx.query(`INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('outbox_test', 'meeting', $1)`, [meetingId]);
  const changesAbout = async (meetingId: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [meetingId]))[0].n;

  it('drops the event of a change that rolled back', async () => {
    const meetingId = crypto.randomUUID();
    await expect(
      t.dataSource.transaction(async (tx) => {
        await change(tx, meetingId);
        await t.app.get(Outbox).publish(tx, { topic: MEETING_MAILS_TOPIC, payload: { meetingId, kind: 'convocation' } });
        expect(await tx.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'meetingId' = $1`, [meetingId])).toEqual([{ n: 1 }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await changesAbout(meetingId)).toBe(0);
    expect(await rowsAbout(meetingId)).toEqual([]);
    expect(await jobsAbout(meetingId)).toEqual([]);
  });

  it('relays a committed event after the commit, as one job whose id is the event, even when relayed twice', async () => {
    const meetingId = crypto.randomUUID();
    await t.dataSource.transaction(async (tx) => {
      await change(tx, meetingId);
      await t.app.get(Outbox).publish(tx, { topic: MEETING_MAILS_TOPIC, payload: { meetingId, kind: 'convocation' } });
      // Not before the commit: the relay cannot see the row yet, and must not lose it for that.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    await waitFor(async () => (await jobsAbout(meetingId)).some((j) => j.state === 'completed'), 10_000, 'the event handled');
    expect(await changesAbout(meetingId)).toBe(1);
    const [row] = await rowsAbout(meetingId);
    expect(row.relayed).toBe(true);

    // A crash between queueing the job and marking the row leaves it unmarked: the next relay queues nothing new.
    await t.dataSource.query(`UPDATE outbox SET relayed_at = NULL WHERE id = $1`, [row.id]);
    await t.app.get(Outbox).relay();
    expect(await rowsAbout(meetingId)).toEqual([{ id: row.id, relayed: true }]);
    expect(await jobsAbout(meetingId)).toEqual([{ id: row.id, state: 'completed' }]);
  });
});

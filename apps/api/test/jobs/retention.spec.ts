import { Outbox } from '../../src/core/events/outbox.service';
import { RETENTION_SWEEP_JOB, RetentionSweep } from '../../src/core/retention/retention-sweep.service';
import { MailQueue } from '../../src/core/mail/mail-queue.service';
import { settleJobs } from '../support/jobs';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400;

/** The daily retention pass with the default settings: outbox 30 days after relay, audit ten years, finished jobs 14 days. */
describe('retention: bookkeeping rows are purged by age, never while waiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const outboxRow = async (topic: string, createdDaysAgo: number, relayedDaysAgo: number | null): Promise<string> =>
    (
      await t.dataSource.query(
        `INSERT INTO outbox (topic, payload, created_at, relayed_at)
         VALUES ($1, '{}', now() - make_interval(days => $2), CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END)
         RETURNING id`,
        [topic, createdDaysAgo, relayedDaysAgo],
      )
    )[0].id;

  it('deletes outbox events relayed longer ago than the retention, and keeps recent and unrelayed ones', async () => {
    // Nothing relays the test's own rows meanwhile: the unrelayed ones must still be unrelayed when the purge runs.
    jest.spyOn(t.app.get(Outbox), 'relay').mockResolvedValue(undefined);
    const oldDelivered = await outboxRow('retention.test', 45, 31);
    const recentlyDelivered = await outboxRow('retention.test', 45, 29);
    const oldPending = await outboxRow('retention.test', 400, null);
    const recentPending = await outboxRow('retention.test', 0, null);
    const oldAudit = (
      await t.dataSource.query(`INSERT INTO audit_log (action, entity_type, at) VALUES ('retention.test', 'test', now() - interval '3651 days') RETURNING id`)
    )[0].id;
    const recentAudit = (
      await t.dataSource.query(`INSERT INTO audit_log (action, entity_type, at) VALUES ('retention.test', 'test', now() - interval '3649 days') RETURNING id`)
    )[0].id;

    const report = await t.app.get(RetentionSweep).run();
    expect(report.outboxDeleted).toBe(1);
    expect(report.auditDeleted).toBe(1);
    const left: { id: string }[] = await t.dataSource.query(`SELECT id FROM outbox WHERE topic = 'retention.test' ORDER BY created_at, relayed_at`);
    expect(left.map((r) => r.id).sort()).toEqual([recentlyDelivered, oldPending, recentPending].sort());
    expect(left.map((r) => r.id)).not.toContain(oldDelivered);
    const audit: { id: string }[] = await t.dataSource.query(`SELECT id FROM audit_log WHERE action = 'retention.test'`);
    expect(audit.map((r) => r.id)).toEqual([recentAudit]);
    expect(audit.map((r) => r.id)).not.toContain(oldAudit);
    await t.dataSource.query(`DELETE FROM outbox WHERE topic = 'retention.test'`);
  });

  it("keeps pg-boss's deletion settings on every queue at the retention, and puts back one changed behind its back", async () => {
    const settings = async (name: string) =>
      (await t.dataSource.query(`SELECT deletion_seconds AS "deleteAfter", retention_seconds AS "waiting" FROM pgboss.queue WHERE name = $1`, [name]))[0] as {
        deleteAfter: number;
        waiting: number;
      };
    expect(await settings('mail.send')).toEqual({ deleteAfter: 14 * DAY, waiting: 3650 * DAY });
    expect(await settings('outbox.relay')).toEqual({ deleteAfter: 14 * DAY, waiting: 3650 * DAY });
    expect(await settings('mail.send.dead')).toEqual({ deleteAfter: 90 * DAY, waiting: 90 * DAY });
    expect((await t.app.get(RetentionSweep).run()).queuesAdjusted).not.toContain('mail.send');

    // A queue left by an older release (pg-boss's default: finished jobs kept 7 days, waiting ones 14).
    await t.dataSource.query(`UPDATE pgboss.queue SET deletion_seconds = $2, retention_seconds = $3 WHERE name = $1`, ['mail.send', 7 * DAY, 14 * DAY]);
    expect((await t.app.get(RetentionSweep).run()).queuesAdjusted).toContain('mail.send');
    expect(await settings('mail.send')).toEqual({ deleteAfter: 14 * DAY, waiting: 3650 * DAY });
    expect((await t.app.get(RetentionSweep).run()).queuesAdjusted).toEqual([]);

    // Each job carries its queue's period from when it was queued: a mail queued now keeps its job 14 days once sent.
    await t.app
      .get(MailQueue)
      .enqueue([{ idempotencyKey: 'retention:job', kind: 'test', mail: { to: 'ret@example.org', subject: 'Conservazione', text: '.' } }]);
    await settleJobs(t.dataSource);
    const jobs: { state: string; deleteAfter: number }[] = await t.dataSource.query(
      `SELECT j.state::text, j.deletion_seconds AS "deleteAfter" FROM pgboss.job j JOIN mail_deliveries d ON j.data->>'deliveryId' = d.id::text
        WHERE j.name = 'mail.send' AND d.idempotency_key = 'retention:job'`,
    );
    expect(jobs).toEqual([{ state: 'completed', deleteAfter: 14 * DAY }]);
  });

  it('runs as a nightly scheduled job, on one instance at a time', async () => {
    const [schedule] = await t.dataSource.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [RETENTION_SWEEP_JOB]);
    expect(schedule).toEqual({ cron: '40 3 * * *', timezone: 'Europe/Rome' });
    const [queue] = await t.dataSource.query(`SELECT policy FROM pgboss.queue WHERE name = $1`, [RETENTION_SWEEP_JOB]);
    expect(queue).toEqual({ policy: 'singleton' });
  });
});

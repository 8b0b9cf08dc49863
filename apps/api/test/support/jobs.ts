import type { DataSource } from 'typeorm';

const MAIL_QUEUES = ['meeting.mails', 'meeting.minutes-notices', 'mail.send'];

/**
 * Waits until every event in the outbox is relayed and every job that turns events into mail, and every mail job,
 * has finished (completed or given up): what a request set going is then all in the local outbox.
 */
export async function settleJobs(dataSource: DataSource, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ pending }]: { pending: number }[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM outbox WHERE relayed_at IS NULL)
            + (SELECT count(*) FROM pgboss.job WHERE name = ANY($1) AND state < 'completed')
            + (SELECT count(*) FROM mail_deliveries WHERE state = 'queued') AS "pending"`,
      [MAIL_QUEUES],
    );
    if (Number(pending) === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${pending}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PersonAffiliationEntity } from '../../src/modules/person/person-affiliation.entity';
import { PersonEntity } from '../../src/modules/person/person.entity';
import type { TestApp } from './test-app';

const MAIL_QUEUES = ['meeting.mails', 'meeting.minutes-notices', 'meeting.notifications', 'notification.fanout', 'mail.send'];

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
            + (SELECT count(*) FROM mail_deliveries WHERE state IN ('queued', 'sending')) AS "pending"`,
      [MAIL_QUEUES],
    );
    if (Number(pending) === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs still pending after ${timeoutMs} ms: ${pending}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Adds `count` representatives (people with an email, no account) to the fixture's space, spread over its organisations. */
export async function addRepresentatives(
  t: TestApp,
  f: {
    ok: (method: string, path: string, cookie: string, body?: unknown) => Promise<unknown>;
    orgs: { id: string }[];
    space: { id: string };
    cookies: { admin: string };
  },
  count: number,
): Promise<string[]> {
  const tag = crypto.randomBytes(3).toString('hex');
  const people = t.dataSource.getRepository(PersonEntity);
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `rappresentante-${tag}-${i}@example.org`;
    const organisationId = f.orgs[i % f.orgs.length].id;
    const person = await people.save(people.create({ firstName: 'Rappresentante', lastName: `N. ${i}`, email, userId: null, erasedAt: null }));
    await t.dataSource.getRepository(PersonAffiliationEntity).insert({ personId: person.id, organisationId, role: 'operator', title: null });
    await f.ok('POST', `/api/spaces/${f.space.id}/members`, f.cookies.admin, { organisationId, personId: person.id, role: 'member' });
    emails.push(email);
  }
  return emails;
}

/** A meeting of the fixture's space with one agenda item, convened without waiting for its mails. */
export async function conveneWithoutWaiting(
  f: {
    ok: (method: string, path: string, cookie: string, body?: unknown) => Promise<{ meeting?: { id: string } }>;
    cookies: { facilitator: string };
    meetingInput: (o?: Record<string, unknown>) => unknown;
  },
  title: string,
): Promise<{ meetingId: string; conveneMs: number }> {
  const meetingId = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title }))).meeting!.id;
  await f.ok('POST', `/api/meetings/${meetingId}/agenda-items`, f.cookies.facilitator, { title: 'Comunicazioni', kind: 'information', plannedMinutes: 10 });
  const started = performance.now();
  await f.ok('POST', `/api/meetings/${meetingId}/transitions`, f.cookies.facilitator, { transition: 'convene' });
  return { meetingId, conveneMs: performance.now() - started };
}

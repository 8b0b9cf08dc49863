import net from 'node:net';
import { JobQueue } from '../../src/core/jobs/job-queue.service';
import { MAIL_SEND_JOB } from '../../src/core/mail/mail-queue.service';
import { listen, waitFor } from '../support/collab-harness';
import { addRepresentatives, conveneWithoutWaiting } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An SMTP server that refuses every connection: each send fails, is tried again with backoff, then given up. */
describe('mail through jobs: a failing SMTP server', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1' });
    f = await meetingFixture(t, await listen(t.app));
  });
  afterAll(() => t.close());

  it('retries each mail with backoff, then marks it failed, with its attempts and error, for the facilitator to see', async () => {
    const { meetingId } = await conveneWithoutWaiting(f, 'Seduta con posta in difficoltà');
    const path = `/api/meetings/${meetingId}/convocation/deliveries`;
    const seen = new Set<string>();
    let deliveries: Json[] = [];
    await waitFor(
      async () => {
        deliveries = (await f.ok('GET', path, f.cookies.facilitator)).items;
        for (const d of deliveries) seen.add(d.state);
        return deliveries.length === 3 && deliveries.every((d) => d.state === 'failed');
      },
      25_000,
      'every delivery failed',
    );
    expect([...seen].sort()).toEqual(expect.arrayContaining(['failed', 'retrying']));
    expect(deliveries.map((d) => d.email).sort()).toEqual([f.facilitator.user.email, f.member.user.email, f.third.user.email].sort());
    for (const d of deliveries) {
      expect(d).toMatchObject({ kind: 'convocation', state: 'failed', attempts: 3, sentAt: null });
      expect(d.lastError).toMatch(/ECONNREFUSED/);
    }
    // Given up, each job is kept as a dead letter. The row is marked failed inside the handler, the job is moved to
    // the dead-letter queue by pg-boss just after the handler throws, so the two are waited for separately.
    const deadIds = async () => (await t.app.get(JobQueue).deadLetters(MAIL_SEND_JOB)).map((d) => (d.data as { deliveryId: string }).deliveryId);
    await waitFor(
      async () => {
        const ids = await deadIds();
        return deliveries.every((d) => ids.includes(d.id));
      },
      10_000,
      'a dead letter for each delivery',
    );
    expect(await deadIds()).toEqual(expect.arrayContaining(deliveries.map((d) => d.id)));

    // Only the facilitator sees the deliveries; a failed one can be sent again (and fails again, counted on).
    expect((await f.call('GET', path, f.cookies.member)).status).toBe(403);
    const again = await f.call('POST', `${path}/${deliveries[0].id}/retry`, f.cookies.facilitator);
    expect(again.status).toBe(200);
    expect(again.body.delivery).toMatchObject({ state: 'queued', attempts: 3 });
    expect((await f.call('POST', `${path}/${deliveries[0].id}/retry`, f.cookies.facilitator)).status).toBe(409);
    expect((await f.call('POST', `${path}/${deliveries[1].id}/retry`, f.cookies.member)).status).toBe(403);
    expect((await f.call('POST', `${path}/00000000-0000-4000-8000-000000000000/retry`, f.cookies.facilitator)).status).toBe(404);
    await waitFor(
      async () => (await f.ok('GET', path, f.cookies.facilitator)).items.find((d: Json) => d.id === deliveries[0].id).attempts === 6,
      25_000,
      'the retried delivery tried three more times',
    );
  });
});

/** An SMTP server that accepts connections and never answers: the mail is stuck, the request is not. */
describe('mail through jobs: the convene request does not wait for the mail', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => sockets.push(socket));
  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}` });
    f = await meetingFixture(t, await listen(t.app));
    await addRepresentatives(t, f, 20);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    silent.close();
    await t.close();
  });

  it('answers the convocation to 23 people while their mails wait for the server', async () => {
    const { meetingId } = await conveneWithoutWaiting(f, 'Seduta con 23 invitati');
    const path = `/api/meetings/${meetingId}/convocation/deliveries`;
    await waitFor(async () => (await f.ok('GET', path, f.cookies.facilitator)).items.length === 23, 10_000, 'the mails queued');
    await waitFor(() => sockets.length > 0, 10_000, 'a connection to the SMTP server');
    const { items: deliveries } = await f.ok('GET', path, f.cookies.facilitator);
    expect(deliveries.every((d: Json) => d.state === 'queued' && d.attempts === 0 && d.sentAt === null)).toBe(true);
  });
});

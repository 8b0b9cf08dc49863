import { MailQueue } from '../../src/core/mail/mail-queue.service';
import { ConvocationService } from '../../src/modules/attendance/convocation.service';
import { listen } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { headerOf, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

describe('mail through jobs: each message leaves once', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    f = await meetingFixture(t, await listen(t.app));
  });
  afterAll(() => t.close());

  const withSubject = (subject: string) => readOutbox(t.dataDir).filter((m) => headerOf(m, 'Subject') === subject);
  const deliveryOf = async (key: string) =>
    (await t.dataSource.query(`SELECT id, state, attempts FROM mail_deliveries WHERE idempotency_key = $1`, [key]))[0] as Json;

  it('sends a message once however often its job runs, at once or again later', async () => {
    const queue = t.app.get(MailQueue);
    const subject = 'Prova di invio unico';
    expect(await queue.enqueue([{ idempotencyKey: 'test:once', kind: 'test', mail: { to: 'una@example.org', subject, text: 'Una volta sola.' } }])).toBe(1);
    const { id } = await deliveryOf('test:once');
    // The queued job races three more runs of the same delivery: the claim lets one send.
    await Promise.all([queue.deliver(id, false), queue.deliver(id, false), queue.deliver(id, false)]);
    await settleJobs(t.dataSource);
    await queue.deliver(id, false);
    expect(withSubject(subject)).toHaveLength(1);
    expect(await deliveryOf('test:once')).toEqual({ id, state: 'sent', attempts: 1 });
    expect(headerOf(withSubject(subject)[0], 'Message-ID')).toBe(`<${id}@cantiere>`);
  });

  it('queues nothing for a key already queued, whatever the new content', async () => {
    const queue = t.app.get(MailQueue);
    const mail = { to: 'due@example.org', subject: 'Prova di chiave ripetuta', text: 'Prima versione.' };
    expect(await queue.enqueue([{ idempotencyKey: 'test:twice', kind: 'test', mail }])).toBe(1);
    expect(await queue.enqueue([{ idempotencyKey: 'test:twice', kind: 'test', mail: { ...mail, text: 'Seconda versione.' } }])).toBe(0);
    await settleJobs(t.dataSource);
    const sent = withSubject(mail.subject);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('Prima versione.');
  });

  it('sends a convocation once per person when its event is handled again', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta ripetuta' });
    const [event]: { id: string }[] = await t.dataSource.query(`SELECT id FROM outbox WHERE payload->>'meetingId' = $1`, [meeting.id]);
    const before = readOutbox(t.dataDir).length;
    expect(await t.app.get(ConvocationService).queueMails(meeting.id, 'convocation', event.id)).toBe(0);
    await settleJobs(t.dataSource);
    expect(readOutbox(t.dataDir).length).toBe(before);
    const { items: deliveries } = await f.ok('GET', `/api/meetings/${meeting.id}/convocation/deliveries`, f.cookies.facilitator);
    expect(deliveries.map((d: Json) => [d.kind, d.state, d.attempts])).toEqual([
      ['convocation', 'sent', 1],
      ['convocation', 'sent', 1],
      ['convocation', 'sent', 1],
    ]);
  });
});

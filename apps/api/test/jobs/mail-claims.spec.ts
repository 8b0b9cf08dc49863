import crypto from 'node:crypto';
import { MailDeliveryRepository } from '../../src/core/mail/mail-delivery.repository';
import { MailQueue, messageIdOf } from '../../src/core/mail/mail-queue.service';
import { MailService } from '../../src/core/mail/mail.service';
import { waitFor } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { headerIn, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startTestApp, TestApp } from '../support/test-app';

interface DeliveryState {
  state: string;
  attempts: number;
  lastError: string | null;
  claim: string | null;
}

/** Mail through a real SMTP server: each try claims its delivery first, and a try that died mid-send is seen, not lost. */
describe('mail through jobs: claimed before it is sent', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: smtp.url, MAIL_RETRY_DELAY_SECONDS: '1' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  afterEach(() => jest.restoreAllMocks());

  const stateOf = async (id: string): Promise<DeliveryState> =>
    (await t.dataSource.query(`SELECT state, attempts, last_error AS "lastError", claim FROM mail_deliveries WHERE id = $1`, [id]))[0] as DeliveryState;
  const received = (subject: string) => smtp.received.filter((m) => headerIn(m, 'Subject') === subject);
  /** A delivery recorded without its job, so that the test runs each try itself. */
  const recorded = async (subject: string): Promise<string> => {
    const [id] = await t.app.get(MailDeliveryRepository).addNew([
      {
        idempotencyKey: `claims:${crypto.randomUUID()}`,
        context: null,
        kind: 'test',
        recipientName: 'Anna Rossi',
        mail: { to: 'anna@example.org', subject, text: 'Testo.' },
      },
    ]);
    return id;
  };
  /** The process dies between the server's acceptance and the outcome's commit: the outcome is never written. */
  const dieAfterSending = () => jest.spyOn(t.app.get(MailDeliveryRepository), 'finish').mockRejectedValueOnce(new Error('killed after the server accepted'));

  it('sends once over SMTP however many tries race, under the Message-ID of its delivery, and skips it once sent', async () => {
    const subject = 'Invio conteso';
    const queue = t.app.get(MailQueue);
    expect(await queue.enqueue([{ idempotencyKey: 'claims:raced', kind: 'test', mail: { to: 'bruno@example.org', subject, text: 'Una volta.' } }])).toBe(1);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM mail_deliveries WHERE idempotency_key = 'claims:raced'`);
    const outcomes = await Promise.all([queue.deliver(id, false), queue.deliver(id, false), queue.deliver(id, false)]);
    await settleJobs(t.dataSource);
    expect(outcomes.filter((o) => o === 'sent').length).toBeLessThanOrEqual(1);
    expect(received(subject)).toHaveLength(1);
    expect(received(subject)[0].to).toEqual(['bruno@example.org']);
    expect(headerIn(received(subject)[0], 'Message-ID')).toBe(messageIdOf(id));
    expect(await stateOf(id)).toEqual({ state: 'sent', attempts: 1, lastError: null, claim: null });

    expect(await queue.deliver(id, false, { id: crypto.randomUUID(), attempt: 1 })).toBe('skipped');
    expect(received(subject)).toHaveLength(1);
  });

  it('sends again under the same Message-ID when the earlier try of its job died after the server accepted, and says so', async () => {
    const subject = 'Invio interrotto';
    const queue = t.app.get(MailQueue);
    const id = await recorded(subject);
    const jobId = crypto.randomUUID();
    dieAfterSending();
    await expect(queue.deliver(id, false, { id: jobId, attempt: 1 })).rejects.toThrow('killed after the server accepted');
    expect(received(subject)).toHaveLength(1);
    expect(await stateOf(id)).toEqual({ state: 'sending', attempts: 0, lastError: null, claim: `${jobId}:1` });

    // Another job's try while the claim's lease runs: it cannot tell the first try is dead, so it leaves the mail alone.
    expect(await queue.deliver(id, false, { id: crypto.randomUUID(), attempt: 1 })).toBe('skipped');
    expect(received(subject)).toHaveLength(1);

    // The job's next try: the queue starts it only once the first is over, so the claim it finds is abandoned.
    expect(await queue.deliver(id, false, { id: jobId, attempt: 2 })).toBe('sent');
    const copies = received(subject);
    expect(copies).toHaveLength(2);
    expect(copies.map((m) => headerIn(m, 'Message-ID'))).toEqual([messageIdOf(id), messageIdOf(id)]);
    const after = await stateOf(id);
    expect(after).toMatchObject({ state: 'sent', attempts: 2, claim: null });
    expect(after.lastError).toMatch(/interrupted while sending.*same Message-ID/);
  });

  it('leaves a claim whose job has no try left to the sweep, which sends it again once the lease has run out', async () => {
    const subject = 'Invio abbandonato';
    const queue = t.app.get(MailQueue);
    const id = await recorded(subject);
    dieAfterSending();
    await expect(queue.deliver(id, true, { id: crypto.randomUUID(), attempt: 3 })).rejects.toThrow('killed');

    await queue.requeueStale();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received(subject)).toHaveLength(1);
    expect((await stateOf(id)).state).toBe('sending');

    await t.dataSource.query(`UPDATE mail_deliveries SET claimed_until = now() - interval '1 second' WHERE id = $1`, [id]);
    await queue.requeueStale();
    await waitFor(async () => (await stateOf(id)).state === 'sent', 10_000, 'the abandoned mail sent again');
    expect(received(subject).map((m) => headerIn(m, 'Message-ID'))).toEqual([messageIdOf(id), messageIdOf(id)]);
    expect(await stateOf(id)).toMatchObject({ state: 'sent', attempts: 2, claim: null });
  });

  it('records a refusal as a failed try, releases the claim, and sends on the next try', async () => {
    const subject = 'Invio rifiutato';
    const queue = t.app.get(MailQueue);
    const id = await recorded(subject);
    const jobId = crypto.randomUUID();
    jest.spyOn(t.app.get(MailService), 'send').mockRejectedValueOnce(new Error('451 4.3.0 try again later'));
    await expect(queue.deliver(id, false, { id: jobId, attempt: 1 })).rejects.toThrow('451');
    expect(await stateOf(id)).toEqual({ state: 'retrying', attempts: 1, lastError: '451 4.3.0 try again later', claim: null });
    expect(await queue.deliver(id, false, { id: jobId, attempt: 2 })).toBe('sent');
    expect(received(subject)).toHaveLength(1);
    expect(await stateOf(id)).toMatchObject({ state: 'sent', attempts: 2 });
  });
});

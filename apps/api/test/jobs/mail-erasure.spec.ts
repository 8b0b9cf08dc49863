import { UserService } from '../../src/core/identity/user.service';
import { MailDeliveryRepository } from '../../src/core/mail/mail-delivery.repository';
import { listen } from '../support/collab-harness';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

/** An erased person's mails keep what the facilitator counts (state, attempts, dates) and lose who they went to. */
describe('mail deliveries on erasure', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    f = await meetingFixture(t, await listen(t.app));
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** Every delivery whose stored text (any column: address, key, body, error) still holds the address. */
  const mentioning = async (email: string): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_deliveries d WHERE to_jsonb(d)::text ILIKE $1`, [`%${email}%`]))[0].n;
  const summary = (items: Json[]) => items.map((d) => [d.kind, d.state, d.attempts, d.sentAt !== null]).sort();
  /** Two more mails of the meeting to one person: one waiting for its try, one given up with the address in its error. */
  const moreMailsTo = async (meetingId: string, email: string, name: string) => {
    const repo = t.app.get(MailDeliveryRepository);
    const [waiting, refused] = await repo.addNew(
      ['waiting', 'refused'].map((which) => ({
        idempotencyKey: `erasure:${meetingId}:${which}:${email}`,
        context: `meeting:${meetingId}`,
        kind: 'reminder',
        recipientName: name,
        // Any case: the address is matched whatever its spelling.
        mail: { to: which === 'waiting' ? email.toUpperCase() : email, subject: 'Promemoria', text: `Gentile ${name}, ...` },
      })),
    );
    await t.dataSource.query(`UPDATE mail_deliveries SET state = 'failed', attempts = 6, last_error = $2 WHERE id = $1`, [
      refused,
      `550 5.1.1 <${email}>: mailbox unavailable`,
    ]);
    return { waiting, refused };
  };

  it("scrubs the person's address and name from every delivery, keeps states and counts, and sends nothing still waiting", async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con una persona da cancellare' });
    const email = f.member.user.email as string;
    const { waiting, refused } = await moreMailsTo(meeting.id, email, 'Anna Bianchi');
    const path = `/api/meetings/${meeting.id}/convocation/deliveries`;
    const before = (await f.ok('GET', path, f.cookies.facilitator)).items as Json[];
    expect(await mentioning(email)).toBe(3);

    await f.ok('POST', `/api/people/${f.member.person.id}/erase`, f.cookies.admin);

    expect(await mentioning(email)).toBe(0);
    const after = (await f.ok('GET', path, f.cookies.facilitator)).items as Json[];
    expect(after).toHaveLength(before.length);
    const erased = after.filter((d) => d.email === '');
    expect(erased.map((d) => d.recipientName)).toEqual(['Persona cancellata', 'Persona cancellata', 'Persona cancellata']);
    expect(JSON.stringify(after)).not.toContain('Anna Bianchi');
    expect(summary(after.filter((d) => d.email !== ''))).toEqual(summary(before.filter((d) => d.email.toLowerCase() !== email.toLowerCase())));
    expect(erased.find((d) => d.kind === 'convocation')).toMatchObject({ state: 'sent', attempts: 1 });
    expect(erased.find((d) => d.id === waiting)).toMatchObject({ state: 'failed', attempts: 0, lastError: 'Not sent: the recipient was erased' });
    expect(erased.find((d) => d.id === refused)).toMatchObject({ state: 'failed', attempts: 6, lastError: '550 5.1.1 <[erased]>: mailbox unavailable' });
    // Nothing is left to send: its body went with the address.
    expect((await f.call('POST', `${path}/${refused}/retry`, f.cookies.facilitator)).status).toBe(409);
    expect(
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE id = ANY($1) AND message IS NOT NULL`, [[waiting, refused]]))[0].n,
    ).toBe(0);
  });

  it('leaves the deliveries as they were when the erasure fails and rolls back', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con una cancellazione fallita' });
    const email = f.third.user.email as string;
    await moreMailsTo(meeting.id, email, 'Terza Persona');
    const rows = () => t.dataSource.query(`SELECT id, recipient, recipient_name, state, message IS NOT NULL AS body FROM mail_deliveries ORDER BY id`);
    const before = await rows();
    const mentions = await mentioning(email);
    expect(mentions).toBeGreaterThanOrEqual(3);
    // After the deliveries were scrubbed, inside the erasure: the account's part fails.
    jest.spyOn(t.app.get(UserService), 'eraseAccount').mockRejectedValueOnce(new Error('the erasure failed'));
    expect((await f.call('POST', `/api/people/${f.third.person.id}/erase`, f.cookies.admin)).status).toBe(500);
    expect(await rows()).toEqual(before);
    expect(await mentioning(email)).toBe(mentions);
  });
});

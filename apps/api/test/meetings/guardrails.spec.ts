import { type Json } from '../support/meeting-fixture';
import { meetingSuite } from '../support/live-suite';
import { decodeQuotedPrintable, headerOf, plainBodyOf, readOutbox } from '../support/outbox';
import { settleJobs } from '../support/jobs';

const subjectOf = (mail: string) => headerOf(mail, 'Subject');
const recipientOf = (mail: string) => headerOf(mail, 'To');
/** A message with its calendar attached, its quoted-printable text part read back as UTF-8. */
const textOf = (mail: string) => Buffer.from(decodeQuotedPrintable(mail), 'latin1').toString('utf8');

describe('irreversible steps: confirmations that say what will happen', () => {
  const f = meetingSuite();

  const transition = (meetingId: string, body: Record<string, unknown>) =>
    f.call('POST', `/api/meetings/${meetingId}/transitions`, f.cookies.facilitator, body);
  /** A convened meeting that starts in 30 minutes: starting it now is on time. */
  const soon = () =>
    f.convenedMeeting({ startsAt: new Date(Date.now() + 30 * 60_000).toISOString(), endsAt: new Date(Date.now() + 150 * 60_000).toISOString() });

  it('asks before starting a meeting more than 2 hours from its scheduled time, and records the confirmation', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta fra una settimana' });
    const refused = await transition(meeting.id, { transition: 'start' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('confirmation_required');
    expect(refused.body.error.details.warnings).toEqual([{ code: 'far_from_schedule', hoursFromSchedule: expect.any(Number), scheduledAt: meeting.startsAt }]);
    expect(refused.body.error.details.warnings[0].hoursFromSchedule).toBeGreaterThan(6 * 24);
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.status).toBe('convened');
    expect((await transition(meeting.id, { transition: 'start', confirm: ['chair_absent'] })).status).toBe(409);
    expect((await transition(meeting.id, { transition: 'start', confirm: ['nonsense'] })).status).toBe(400);

    const started = (await transition(meeting.id, { transition: 'start', confirm: ['far_from_schedule'] })).body.meeting;
    expect(started.status).toBe('in_progress');
    expect(started.transitions.at(-1)).toMatchObject({
      transition: 'start',
      by: f.facilitator.user.id,
      confirmedWarnings: [{ code: 'far_from_schedule', scheduledAt: meeting.startsAt }],
    });
  });

  it('starts a meeting on time without asking', async () => {
    const { meeting } = await soon();
    const started = await transition(meeting.id, { transition: 'start' });
    expect(started.status).toBe(200);
    expect(started.body.meeting.transitions.at(-1)).toMatchObject({ transition: 'start', confirmedWarnings: [] });
  });

  it('flags a chair marked absent on the register before the meeting starts', async () => {
    const { meeting } = await soon();
    const register = (await f.ok('GET', `/api/meetings/${meeting.id}/attendance`, f.cookies.facilitator)).attendance;
    const chairEntry = register.entries.find((e: Json) => e.personId === f.facilitator.person.id);
    await f.ok('PATCH', `/api/meetings/${meeting.id}/attendance/${chairEntry.id}`, f.cookies.facilitator, { status: 'excused' });
    const refused = await transition(meeting.id, { transition: 'start' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.warnings).toEqual([
      { code: 'chair_absent', chairName: `${f.facilitator.person.firstName} ${f.facilitator.person.lastName}`, status: 'excused' },
    ]);
    expect((await transition(meeting.id, { transition: 'start', confirm: ['far_from_schedule'] })).status).toBe(409);
    const started = await transition(meeting.id, { transition: 'start', confirm: ['chair_absent'] });
    expect(started.status).toBe(200);
    expect(started.body.meeting.transitions.at(-1).confirmedWarnings.map((w: Json) => w.code)).toEqual(['chair_absent']);
  });

  it('previews the convocation mail and its recipients, and then sends exactly that', async () => {
    const { meeting } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Seduta con anteprima' }));
    await f.ok('POST', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.facilitator, {
      title: 'Mappa degli empori solidali',
      kind: 'discussion',
      plannedMinutes: 30,
    });
    expect((await f.call('GET', `/api/meetings/${meeting.id}/convocation/preview`, f.cookies.member)).status).toBe(403);
    expect((await f.call('GET', `/api/meetings/${meeting.id}/convocation/preview`, null)).status).toBe(401);
    const preview = (await f.ok('GET', `/api/meetings/${meeting.id}/convocation/preview`, f.cookies.facilitator)).convocation;
    expect(preview.recipients.map((r: Json) => r.email).sort()).toEqual([f.facilitator.user.email, f.member.user.email, f.third.user.email].sort());
    expect(preview.recipients.find((r: Json) => r.email === f.member.user.email)).toEqual({
      name: `${f.member.person.firstName} ${f.member.person.lastName}`,
      organisationName: f.orgs[1].name,
      email: f.member.user.email,
    });
    expect(preview.withoutEmail).toEqual([]);
    expect(preview.subject).toMatch(/^Convocazione – /);
    expect(preview.text).toContain('1. Mappa degli empori solidali');
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.status).toBe('draft');
    expect(readOutbox(f.t.dataDir).filter((m) => subjectOf(m) === preview.subject)).toEqual([]);

    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'convene' });
    await settleJobs(f.t.dataSource);
    const sent = readOutbox(f.t.dataDir).filter((m) => subjectOf(m) === preview.subject);
    expect(sent.map(recipientOf).sort()).toEqual(preview.recipients.map((r: Json) => r.email).sort());
  });

  it('previews the cancellation: no one for a meeting never convened; the register, then exactly that mail with its reason', async () => {
    const draft = (await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Bozza da annullare' }))).meeting;
    const unsent = (await f.ok('GET', `/api/meetings/${draft.id}/convocation/preview?kind=cancellation`, f.cookies.facilitator)).convocation;
    expect(unsent.recipients).toEqual([]);
    expect(unsent.withoutEmail).toEqual([]);
    expect((await f.call('GET', `/api/meetings/${draft.id}/convocation/preview?kind=nonsense`, f.cookies.facilitator)).status).toBe(400);
    expect((await f.call('GET', `/api/meetings/${draft.id}/convocation/preview?kind=cancellation`, f.cookies.member)).status).toBe(403);

    const { meeting } = await f.convenedMeeting({ title: 'Seduta da annullare con motivo' });
    await settleJobs(f.t.dataSource);
    const preview = (await f.ok('GET', `/api/meetings/${meeting.id}/convocation/preview?kind=cancellation`, f.cookies.facilitator)).convocation;
    const everyone = [f.facilitator.user.email, f.member.user.email, f.third.user.email].sort();
    expect(preview.recipients.map((r: Json) => r.email).sort()).toEqual(everyone);
    expect(preview.subject).toMatch(/^Annullata – /);
    expect(preview.text).toContain('è stata annullata');
    expect(preview.text).not.toContain('/risposta/');

    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'cancel', reason: 'Sala non disponibile' });
    await settleJobs(f.t.dataSource);
    const sent = readOutbox(f.t.dataDir).filter((m) => subjectOf(m) === preview.subject);
    expect(sent.map(recipientOf).sort()).toEqual(everyone);
    for (const mail of sent) expect(textOf(mail)).toContain('è stata annullata.\nMotivo: Sala non disponibile\n');

    const before = readOutbox(f.t.dataDir).length;
    await f.ok('POST', `/api/meetings/${draft.id}/transitions`, f.cookies.facilitator, { transition: 'cancel' });
    await settleJobs(f.t.dataSource);
    expect(readOutbox(f.t.dataDir).slice(before)).toEqual([]);
  });

  it('mails everyone on the register when the review opens and when the minutes are approved', async () => {
    const { meeting } = await soon();
    await transition(meeting.id, { transition: 'start' });
    await transition(meeting.id, { transition: 'close' });
    const everyone = [f.facilitator.user.email, f.member.user.email, f.third.user.email].sort();
    const mailsAbout = (prefix: string) => readOutbox(f.t.dataDir).filter((m) => subjectOf(m).startsWith(prefix) && plainBodyOf(m).includes(meeting.id));

    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 1 });
    await settleJobs(f.t.dataSource);
    const review = mailsAbout('Verbale in revisione');
    expect(review.map(recipientOf).sort()).toEqual(everyone);
    expect(plainBodyOf(review[0])).toContain(`/sedute/${meeting.id}`);

    await f.t.dataSource.query(`UPDATE meetings SET review_until = now() - interval '1 minute' WHERE id = $1`, [meeting.id]);
    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {})).meeting;
    await settleJobs(f.t.dataSource);
    const notices = mailsAbout('Verbale approvato');
    expect(notices.map(recipientOf).sort()).toEqual(everyone);
    expect(plainBodyOf(notices[0])).toContain(approved.minutesHash);
  });

  it('asks before approving during the review window, naming the open remarks and the days left, and records it', async () => {
    const { meeting } = await soon();
    await transition(meeting.id, { transition: 'start' });
    await transition(meeting.id, { transition: 'close' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 7 });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, {
      kind: 'comment',
      text: 'Manca la presenza di ACLI nel primo punto.',
    });
    const answered = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third, { kind: 'comment', text: 'Va bene così.' })).remark;
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks/${answered.id}/resolution`, f.cookies.facilitator, { resolution: 'rejected' });

    const refused = await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'confirmation_required' });
    expect(refused.body.error.details.warnings).toEqual([
      {
        code: 'review_open',
        daysLeft: 7,
        reviewUntil: expect.any(String),
        openRemarks: [
          { authorName: f.member.user.name, organisationName: f.orgs[1].name, kind: 'comment', excerpt: 'Manca la presenza di ACLI nel primo punto.' },
        ],
      },
    ]);
    const still = (await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting;
    expect([still.status, still.minutesStatus, still.minutesHash]).toEqual(['closed', 'in_review', null]);

    const approved = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] })).meeting;
    expect(approved.minutesStatus).toBe('approved');
    expect(approved.transitions.at(-1)).toMatchObject({
      transition: 'approve_minutes',
      by: f.facilitator.user.id,
      confirmedWarnings: [{ code: 'review_open', daysLeft: 7, openRemarks: [expect.objectContaining({ authorName: f.member.user.name })] }],
    });
  });
});

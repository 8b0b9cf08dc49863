import { io } from 'socket.io-client';
import { MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS, PROTOCOL_VERSION } from '@cantiere/collab';
import type { MeetingChanged } from '@cantiere/collab';
import { ConvocationService } from '../../src/modules/attendance/convocation.service';
import { listen, waitFor } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture } from '../support/meeting-fixture';
import ICAL from 'ical.js';
import { calendarIn, linkIn, readOutbox, unfold } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

describe('meetings: register, quorum, RSVP, reminders and live updates', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  it('builds the register from the members and computes the quorum live', async () => {
    const { meeting } = await f.convenedMeeting();
    const path = `/api/meetings/${meeting.id}/attendance`;
    const register = (await f.ok('GET', path, f.cookies.member)).attendance;
    expect(register.entries).toHaveLength(3);
    expect(register.quorum).toEqual({ rule: 'majority', required: 2, organisationsPresent: 0, organisationsTotal: 3, reached: false });
    expect(register.entries.filter((e: { isMe: boolean }) => e.isMe).map((e: { personId: string }) => e.personId)).toEqual([f.member.person.id]);
    const entryOf = (personId: string) => register.entries.find((e: { personId: string }) => e.personId === personId).id;

    expect((await f.call('POST', `${path}/check-in`, f.cookies.member)).status).toBe(200);
    const delegatedWithoutName = await f.call('PATCH', `${path}/${entryOf(f.third.person.id)}`, f.cookies.facilitator, { status: 'delegated' });
    expect(delegatedWithoutName.status).toBe(400);
    expect(delegatedWithoutName.body.error.details).toEqual([{ path: 'delegatedTo', message: 'required' }]);
    const badTime = await f.call('PATCH', `${path}/${entryOf(f.third.person.id)}`, f.cookies.facilitator, { arrivedAt: '25:99' });
    expect(badTime.body.error.details.map((d: { path: string }) => d.path)).toEqual(['arrivedAt']);
    expect((await f.call('PATCH', `${path}/${entryOf(f.third.person.id)}`, f.cookies.member, { status: 'present' })).status).toBe(403);
    const after = (
      await f.ok('PATCH', `${path}/${entryOf(f.third.person.id)}`, f.cookies.facilitator, {
        status: 'delegated',
        delegatedTo: 'Anna Verdi (ACLI provinciali)',
        arrivedAt: '17:05',
        leftAt: '18:40',
      })
    ).attendance;
    expect(after.quorum).toMatchObject({ organisationsPresent: 2, reached: true });
    const third = after.entries.find((e: { personId: string }) => e.personId === f.third.person.id);
    expect(third).toMatchObject({ status: 'delegated', delegatedTo: 'Anna Verdi (ACLI provinciali)', arrivedAt: '17:05', leftAt: '18:40' });
    const member = after.entries.find((e: { personId: string }) => e.personId === f.member.person.id);
    expect(member).toMatchObject({ status: 'present', selfCheckIn: true });
    expect((await f.call('POST', `${path}/check-in`, f.cookies.outsider)).status).toBe(404);
  });

  it('sends each representative a convocation with the agenda, an iTIP invitation and a personal RSVP link', async () => {
    const before = readOutbox(t.dataDir).length;
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con risposte' });
    await settleJobs(t.dataSource);
    const mails = readOutbox(t.dataDir).slice(before);
    expect(mails).toHaveLength(3);
    const toMember = mails.find((m) => m.includes(f.member.user.email))!;
    expect(toMember).toContain('Convocazione');
    expect(toMember).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    const invitation = new ICAL.Component(ICAL.parse(calendarIn(toMember)));
    expect(invitation.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = invitation.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getFirstPropertyValue('summary')).toContain('Seduta con risposte');
    expect(String(event.getFirstPropertyValue('uid'))).toBe(`meeting-${meeting.id}@cantiere`);
    expect(event.getFirstProperty('attendee')!.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(event.getFirstPropertyValue('organizer')).toBe('mailto:noreply@cantiere.local');
    const link = linkIn(toMember, '/risposta');
    const token = link.split('/').pop()!;

    const view = (await f.ok('GET', `/api/rsvp/${token}`, null as unknown as string)).rsvp;
    expect(view).toMatchObject({ meetingTitle: 'Seduta con risposte', organisationName: f.orgs[1].name, response: null, cancelled: false });
    const noName = await f.call('PUT', `/api/rsvp/${token}`, null, { response: 'delegate' });
    expect(noName.status).toBe(400);
    expect((await f.call('PUT', `/api/rsvp/${token}`, null, { response: 'delegate', delegateName: 'Luca Neri' })).body.rsvp).toMatchObject({
      response: 'delegate',
      delegateName: 'Luca Neri',
    });
    expect((await f.call('GET', '/api/rsvp/not-a-real-token-but-long-enough', null)).status).toBe(404);
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.third, { response: 'not_attending' });
    expect((await f.call('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.outsider, { response: 'attending' })).status).toBe(404);
    const register = (await f.ok('GET', `/api/meetings/${meeting.id}/attendance`, f.cookies.facilitator)).attendance;
    const answers = Object.fromEntries(register.entries.map((e: { personId: string; rsvp: string | null }) => [e.personId, e.rsvp]));
    expect(answers).toEqual({ [f.facilitator.person.id]: null, [f.member.person.id]: 'delegate', [f.third.person.id]: 'not_attending' });

    // Rescheduling a convened meeting sends an update that replaces the calendar entry (higher SEQUENCE).
    const beforeUpdate = readOutbox(t.dataDir).length;
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala Quadri, Palazzo comunale' });
    await settleJobs(t.dataSource);
    const updates = readOutbox(t.dataDir).slice(beforeUpdate);
    expect(updates).toHaveLength(3);
    expect(updates[0]).toContain('stata modificata');
    const updated = unfold(calendarIn(updates.find((m) => m.includes(f.third.user.email))!));
    expect(updated).toMatch(/\r\nSEQUENCE:2\r\n/);
    expect(updated).toMatch(/PARTSTAT=DECLINED/);
    expect(updated).toContain('LOCATION:Sala Quadri\\, Palazzo comunale');
  });

  it('reminds the day before, once, everyone who has not declined', async () => {
    // The sweep runs at 23:30 UTC, half past midnight in Rome (an hour later in summer): its "tomorrow" is the Rome
    // one, a day after the UTC date's. A meeting at 14:00 UTC that day is tomorrow's in Rome.
    const sweep = new Date();
    sweep.setUTCHours(23, 30, 0, 0);
    if (sweep.getTime() <= Date.now()) sweep.setUTCDate(sweep.getUTCDate() + 1);
    const tomorrow = new Date(Date.UTC(sweep.getUTCFullYear(), sweep.getUTCMonth(), sweep.getUTCDate() + 2, 14));
    const { meeting } = await f.convenedMeeting({
      title: 'Seduta di domani',
      startsAt: tomorrow.toISOString(),
      endsAt: new Date(tomorrow.getTime() + 7_200_000).toISOString(),
    });
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.third, { response: 'not_attending' });
    const service = t.app.get(ConvocationService);
    const before = readOutbox(t.dataDir).length;
    // Not the day before yet by the Rome date at noon of the sweep's UTC day.
    expect(await service.sendDueReminders(new Date(sweep.getTime() - 11.5 * 3_600_000))).toBe(0);
    const claimed = await Promise.all([service.sendDueReminders(sweep), service.sendDueReminders(sweep)]);
    expect(claimed.reduce((a, b) => a + b, 0)).toBe(1);
    await settleJobs(t.dataSource);
    const reminders = readOutbox(t.dataDir)
      .slice(before)
      .filter((m) => m.includes('Promemoria'));
    expect(reminders).toHaveLength(2);
    expect(reminders.some((m) => m.includes(f.third.user.email))).toBe(false);
    expect(await service.sendDueReminders(sweep)).toBe(0);
  });

  it('tells everyone watching the meeting what changed, and refuses those who may not see it', async () => {
    const { meeting, items } = await f.convenedMeeting({ title: 'Seduta seguita dal vivo' });
    const socket = io(`${baseUrl}${MEETING_LIVE_NAMESPACE}`, {
      auth: { protocolVersion: PROTOCOL_VERSION },
      extraHeaders: { cookie: f.cookies.member },
      transports: ['websocket'],
    });
    const outsider = io(`${baseUrl}${MEETING_LIVE_NAMESPACE}`, {
      auth: { protocolVersion: PROTOCOL_VERSION },
      extraHeaders: { cookie: f.cookies.outsider },
      transports: ['websocket'],
    });
    const anonymous = io(`${baseUrl}${MEETING_LIVE_NAMESPACE}`, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
    const refused = new Promise<string>((resolve) => anonymous.on('connect_error', (err) => resolve(err.message)));
    try {
      const heard: MeetingChanged[] = [];
      socket.on(MEETING_LIVE_SERVER_EVENTS.changed, (m: MeetingChanged) => heard.push(m));
      expect(await socket.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId: meeting.id })).toEqual({ ok: true });
      expect(await outsider.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId: meeting.id })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(await socket.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId: 42 })).toMatchObject({
        ok: false,
        error: { code: 'invalid' },
      });
      expect(await refused).toBe('unauthorized');
      await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
      await f.ok('POST', `/api/meetings/${meeting.id}/run`, f.cookies.facilitator, { action: 'goto', itemId: items[1].id });
      await f.ok('POST', `/api/meetings/${meeting.id}/attendance/check-in`, f.cookies.third);
      await waitFor(() => heard.some((h) => h.part === 'attendance'), 5_000, 'attendance change');
      const run = heard.find((h) => h.part === 'run')!;
      expect(run.run).toMatchObject({ currentItemId: items[1].id });
      expect(heard.map((h) => h.part)).toEqual(expect.arrayContaining(['meeting', 'run', 'agenda', 'attendance']));
      expect(heard.every((h) => h.meetingId === meeting.id)).toBe(true);
    } finally {
      socket.close();
      outsider.close();
      anonymous.close();
    }
  });
});

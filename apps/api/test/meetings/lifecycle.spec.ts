import { listen } from '../support/collab-harness';
import { daysFromNow, meetingFixture } from '../support/meeting-fixture';
import { readOutbox } from '../support/outbox';
import { settleJobs } from '../support/jobs';
import { startTestApp, TestApp } from '../support/test-app';

describe('meetings: creation, numbering and lifecycle', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  it('refuses invalid input with field details', async () => {
    const bad = await f.call('POST', '/api/meetings', f.cookies.facilitator, {
      spaceId: f.space.id,
      title: 'x',
      kind: 'party',
      startsAt: daysFromNow(3, 16).toISOString(),
      endsAt: daysFromNow(3, 15).toISOString(),
      onlineUrl: 'ftp://x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['endsAt', 'kind', 'onlineUrl', 'title']);
    const noSpace = await f.call('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ spaceId: '7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77' }));
    expect(noSpace.status).toBe(400);
    expect(noSpace.body.error.details).toEqual([{ path: 'spaceId', message: 'unknown_space' }]);
  });

  it('lets only facilitators create, and hides members-only meetings from outsiders', async () => {
    expect((await f.call('POST', '/api/meetings', f.cookies.member, f.meetingInput())).status).toBe(403);
    const { meeting } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput());
    expect((await f.call('GET', `/api/meetings/${meeting.id}`, f.cookies.outsider)).status).toBe(404);
    const seenByMember = (await f.call('GET', `/api/meetings/${meeting.id}`, f.cookies.member)).body.meeting;
    expect(seenByMember).toMatchObject({
      id: meeting.id,
      can: { 'meeting.manage': false, 'minutes.approve': false },
      status: 'draft',
    });
    // Rights travel only as `can`: the older boolean is gone from the contract.
    expect(seenByMember).not.toHaveProperty('canManage');
    expect((await f.call('PATCH', `/api/meetings/${meeting.id}`, f.cookies.member, { title: 'Altro titolo' })).status).toBe(403);
  });

  it('numbers meetings progressively per space and year, also when created concurrently', async () => {
    const year = 2031;
    const at = (d: number) => ({ startsAt: `${year}-03-0${d}T15:00:00+01:00`, endsAt: `${year}-03-0${d}T17:00:00+01:00` });
    const created = await Promise.all([1, 2, 3, 4].map((d) => f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput(at(d)))));
    expect(created.map((c) => c.meeting.number).sort()).toEqual([1, 2, 3, 4]);
    expect(created.every((c) => c.meeting.year === year)).toBe(true);
    // Europe/Rome decides the year: 23:30 UTC on 31 December is already the new year in Rome.
    const newYear = await f.ok(
      'POST',
      '/api/meetings',
      f.cookies.facilitator,
      f.meetingInput({ startsAt: '2032-12-31T23:30:00Z', endsAt: '2033-01-01T01:00:00Z' }),
    );
    expect(newYear.meeting).toMatchObject({ year: 2033, number: 1 });
  });

  it('enforces the allowed transitions and records who made each one', async () => {
    const { meeting } = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ place: null }));
    const early = await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start' });
    expect(early.status).toBe(409);
    const notReady = await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'convene' });
    expect(notReady.status).toBe(400);
    expect(notReady.body.error.details.map((d: { message: string }) => d.message).sort()).toEqual(['agenda_empty', 'place_or_link_required']);
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { onlineUrl: 'https://meet.example.org/cantiere' });
    await f.ok('POST', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.facilitator, { title: 'Comunicazioni', kind: 'information', plannedMinutes: 10 });
    expect((await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.member, { transition: 'convene' })).status).toBe(403);
    for (const [transition, status] of [
      ['convene', 'convened'],
      ['start', 'in_progress'],
      ['close', 'closed'],
    ] as const) {
      // The meeting is a week away: starting it now takes the acknowledged warning.
      const confirm = transition === 'start' ? ['far_from_schedule'] : undefined;
      expect((await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition, confirm })).meeting.status).toBe(status);
    }
    expect((await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'cancel' })).status).toBe(409);
    expect((await f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'approve_minutes' })).status).toBe(400);
    expect((await f.call('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { title: 'Troppo tardi per cambiare' })).status).toBe(409);
    const { meeting: final } = await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.member);
    expect(final.transitions.map((tr: { transition: string; from: string; to: string; by: string }) => [tr.transition, tr.from, tr.to, tr.by])).toEqual([
      ['convene', 'draft', 'convened', f.facilitator.user.id],
      ['start', 'convened', 'in_progress', f.facilitator.user.id],
      ['close', 'in_progress', 'closed', f.facilitator.user.id],
    ]);
    expect(final.convenedAt && final.startedAt && final.closedAt).toBeTruthy();
    // The item never reached in run mode is left for the backlog.
    const agenda = (await f.ok('GET', `/api/meetings/${meeting.id}/agenda-items`, f.cookies.member)).agenda;
    expect(agenda.items.map((i: { status: string }) => i.status)).toEqual(['not_discussed']);
  });

  it('records one transition when two facilitators press the same button together', async () => {
    const { meeting } = await f.convenedMeeting();
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        f.call('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const { meeting: after } = await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator);
    expect(after.transitions.filter((tr: { transition: string }) => tr.transition === 'start')).toHaveLength(1);
  });

  it('mails the cancellation to every invitee of a convened meeting', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta da annullare' });
    const before = readOutbox(t.dataDir).length;
    const { meeting: cancelled } = await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, {
      transition: 'cancel',
      reason: 'Sala non disponibile',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.transitions.at(-1)).toMatchObject({ transition: 'cancel', reason: 'Sala non disponibile' });
    await settleJobs(t.dataSource);
    const mails = readOutbox(t.dataDir).slice(before);
    expect(mails).toHaveLength(3);
    for (const mail of mails) {
      expect(mail).toContain('Annullata');
      expect(mail).toMatch(/METHOD:CANCEL/);
      expect(mail).toMatch(/STATUS:CANCELLED/);
    }
  });
});

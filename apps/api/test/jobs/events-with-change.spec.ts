import { MeetingEvents } from '../../src/modules/meeting';
import { listen } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

interface EventRow {
  topic: string;
  kind: string;
  relayed: boolean;
  jobs: number;
  completed: number;
}

/**
 * A reschedule and the opening of the review write their events (mails to the register, notifications) in their own
 * transaction: a change that rolls back after writing leaves none; a committed one exactly one, handled once, even
 * when the process fails right after the commit.
 */
describe('events written with their change', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  // The last work of the step, after every module's: it fails once when asked, as a crash after the writes would.
  let failNext = false;
  beforeAll(async () => {
    t = await startTestApp();
    f = await meetingFixture(t, await listen(t.app));
    const failing = async () => {
      if (!failNext) return;
      failNext = false;
      throw new Error('the change failed after writing');
    };
    t.app.get(MeetingEvents).within('rescheduled', failing);
    t.app.get(MeetingEvents).within('review_started', failing);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** What runs once the change has committed (reactions, the answer) fails once, as a crash at that point would. */
  const crashAfterCommit = () => jest.spyOn(t.app.get(MeetingEvents), 'emit').mockRejectedValueOnce(new Error('crashed after the commit'));

  /** The meeting's events of these kinds, each with its queue jobs (the job id is the event's id). */
  const eventsOf = (meetingId: string, kinds: string[]): Promise<EventRow[]> =>
    t.dataSource.query(
      `SELECT o.topic, o.payload->>'kind' AS kind, o.relayed_at IS NOT NULL AS relayed,
              (SELECT count(*)::int FROM pgboss.job j WHERE j.id = o.id) AS jobs,
              (SELECT count(*)::int FROM pgboss.job j WHERE j.id = o.id AND j.state = 'completed') AS completed
         FROM outbox o WHERE o.payload->>'meetingId' = $1 AND o.payload->>'kind' = ANY($2) ORDER BY o.topic`,
      [meetingId, kinds],
    );
  const notified = async (cookie: string, meetingId: string, kind: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=100', cookie)).items as Json[]).filter((n) => n.link === `/sedute/${meetingId}` && n.kind === kind);
  const mailsOf = async (meetingId: string, kind: string): Promise<number> =>
    (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM mail_deliveries WHERE context IN ($1, $2) AND kind = $3`, [
        `meeting:${meetingId}`,
        `meeting-minutes:${meetingId}`,
        kind,
      ])
    )[0].n;

  it('a reschedule that rolls back raises nothing; one that commits raises its mail and its notification once', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta da spostare' });
    failNext = true;
    const failed = await f.call('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala Rossa' });
    expect(failed.status).toBe(500);
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.place).toBe(meeting.place);
    await settleJobs(t.dataSource);
    expect(await eventsOf(meeting.id, ['update', 'meeting_changed'])).toEqual([]);
    expect(await mailsOf(meeting.id, 'update')).toBe(0);
    expect(await notified(f.cookies.member, meeting.id, 'meeting_changed')).toEqual([]);

    // Committed, then the process fails before anything after the commit runs: the events are there all the same.
    crashAfterCommit();
    expect((await f.call('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala Quadri' })).status).toBe(500);
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.place).toBe('Sala Quadri');
    await settleJobs(t.dataSource);
    expect(await eventsOf(meeting.id, ['update', 'meeting_changed'])).toEqual([
      { topic: 'meeting.mails', kind: 'update', relayed: true, jobs: 1, completed: 1 },
      { topic: 'meeting.notifications', kind: 'meeting_changed', relayed: true, jobs: 1, completed: 1 },
    ]);
    // The facilitator, the member and the third representative: one calendar update each.
    expect(await mailsOf(meeting.id, 'update')).toBe(3);
    expect(await notified(f.cookies.member, meeting.id, 'meeting_changed')).toHaveLength(1);
  });

  it('a review opening that rolls back raises nothing, stays a draft, and can be opened again once', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta da rivedere' });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await settleJobs(t.dataSource);

    failNext = true;
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 5 })).status).toBe(500);
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.minutesStatus).toBe('draft');
    await settleJobs(t.dataSource);
    expect(await eventsOf(meeting.id, ['review_started', 'minutes_in_review'])).toEqual([]);
    expect(await mailsOf(meeting.id, 'review_started')).toBe(0);

    // Two openings at once: one commits (and fails right after its commit), the other finds no draft left.
    crashAfterCommit();
    const [first, second] = await Promise.all([
      f.call('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 5 }),
      f.call('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 5 }),
    ]);
    expect([first.status, second.status].sort()).toEqual([409, 500]);
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.minutesStatus).toBe('in_review');
    await settleJobs(t.dataSource);
    expect(await eventsOf(meeting.id, ['review_started', 'minutes_in_review'])).toEqual([
      { topic: 'meeting.minutes-notices', kind: 'review_started', relayed: true, jobs: 1, completed: 1 },
      { topic: 'meeting.notifications', kind: 'minutes_in_review', relayed: true, jobs: 1, completed: 1 },
    ]);
    expect(await mailsOf(meeting.id, 'review_started')).toBe(3);
    expect(await notified(f.cookies.member, meeting.id, 'minutes_in_review')).toHaveLength(1);
  });
});

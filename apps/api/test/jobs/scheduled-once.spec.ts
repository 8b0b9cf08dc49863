import { ConvocationService, MEETING_REMINDERS_JOB } from '../../src/modules/attendance/convocation.service';
import { listen, waitFor } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { daysFromNow, meetingFixture } from '../support/meeting-fixture';
import { readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

/** Two instances on one database, each with the reminder schedule: every occurrence runs on one of them. */
describe('scheduled jobs with two instances', () => {
  let first: TestApp;
  let second: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, first);
    f = await meetingFixture(first, await listen(first.app));
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('runs the reminder sweep once per occurrence, on one instance, and reminds once', async () => {
    const tomorrow = daysFromNow(1, 14);
    const { meeting } = await f.convenedMeeting({
      title: 'Seduta di domani',
      startsAt: tomorrow.toISOString(),
      endsAt: new Date(tomorrow.getTime() + 7_200_000).toISOString(),
    });
    const runs = [first, second].map((app) => jest.spyOn(app.app.get(ConvocationService), 'sendDueReminders'));
    const mailsBefore = readOutbox(first.dataDir).length + readOutbox(second.dataDir).length;
    // Every minute instead of every ten, so that an occurrence comes within the test.
    await first.dataSource.query(`UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = $1`, [MEETING_REMINDERS_JOB]);
    const total = () => runs.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
    await waitFor(() => total() > 0, 75_000, 'a reminder sweep');
    // Both instances' schedulers have had several passes over that occurrence by now.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    // Each minute the schedule comes due is one occurrence (a slot): the wait may have reached the next minute.
    const [{ slots }] = await first.dataSource.query(
      `SELECT count(DISTINCT data->>'slot')::int AS slots FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = $1`,
      [MEETING_REMINDERS_JOB],
    );
    const [{ jobs }] = await first.dataSource.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = $1`, [MEETING_REMINDERS_JOB]);
    expect(slots).toBeGreaterThanOrEqual(1);
    expect({ runs: total(), jobs }).toEqual({ runs: slots, jobs: slots });
    await settleJobs(first.dataSource);
    const reminders = [...readOutbox(first.dataDir), ...readOutbox(second.dataDir)].filter((m) => m.includes('Promemoria') && m.includes(meeting.id));
    expect(reminders).toHaveLength(3);
    expect(readOutbox(first.dataDir).length + readOutbox(second.dataDir).length - mailsBefore).toBe(3);
  }, 120_000);
});

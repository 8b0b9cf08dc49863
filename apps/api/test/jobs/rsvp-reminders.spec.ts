import { ConvocationService } from '../../src/modules/attendance/convocation.service';
import { listen } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { daysFromNow, meetingFixture } from '../support/meeting-fixture';
import { headerOf, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

describe('RSVP reminders: those who have not answered are asked, once, a few days before', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    f = await meetingFixture(t, await listen(t.app));
  });
  afterAll(() => t.close());

  const inThreeDays = (title: string) => {
    const startsAt = daysFromNow(3, 14);
    return f.convenedMeeting({ title, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() });
  };

  it('asks only those without an answer, once, for meetings convened at least two days before', async () => {
    const { meeting } = await inThreeDays('Seduta da sollecitare');
    const { meeting: justConvened } = await inThreeDays('Seduta appena convocata');
    await t.dataSource.query(`UPDATE meetings SET convened_at = now() - interval '3 days' WHERE id = $1`, [meeting.id]);
    await f.ok('PUT', `/api/meetings/${meeting.id}/rsvp`, f.cookies.member, { response: 'attending' });
    const service = t.app.get(ConvocationService);
    const before = readOutbox(t.dataDir).length;
    const claimed = await Promise.all([service.sendDueRsvpReminders(), service.sendDueRsvpReminders()]);
    expect(claimed.reduce((a, b) => a + b, 0)).toBe(1);
    await settleJobs(t.dataSource);
    const asked = readOutbox(t.dataDir).slice(before);
    expect(asked.map((m) => headerOf(m, 'To')).sort()).toEqual([f.facilitator.user.email, f.third.user.email].sort());
    for (const mail of asked) {
      expect(headerOf(mail, 'Subject')).toMatch(/^Attendiamo la sua risposta – /);
      expect(mail).toContain(meeting.id);
      expect(mail).not.toContain(justConvened.id);
    }
    expect(await service.sendDueRsvpReminders()).toBe(0);
    const { items: deliveries } = await f.ok('GET', `/api/meetings/${meeting.id}/convocation/deliveries`, f.cookies.facilitator);
    expect(deliveries.filter((d: { kind: string }) => d.kind === 'rsvp_reminder')).toHaveLength(2);
  });
});

import { NOTIFICATION_DIGEST_JOB, NotificationCenter } from '../../src/modules/notification';
import { listen } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { headerOf, plainBodyOf, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

const romeHour = (at: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' }).format(at));

/** Two instances on one database: a digest hour's run, whichever instances run it, sends each person one mail. */
describe('notification preferences and the daily digest', () => {
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

  const digestMails = (adminEmail: string) =>
    [...readOutbox(first.dataDir), ...readOutbox(second.dataDir)].filter(
      (m) => headerOf(m, 'To') === adminEmail && headerOf(m, 'Subject').startsWith('[Cantiere] Riepilogo del giorno'),
    );

  it('refuses preferences for unknown kinds or hours with field details', async () => {
    const badHour = await f.call('PUT', '/api/notifications/preferences', f.cookies.member, { digestHour: 24 });
    expect(badHour.status).toBe(400);
    expect(badHour.body.error.details).toEqual([{ path: 'digestHour', message: 'out_of_range' }]);
    const badKind = await f.call('PUT', '/api/notifications/preferences', f.cookies.member, { kinds: [{ kind: 'no_such_kind', channel: 'off' }] });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.details).toEqual([{ path: 'kinds.0.kind', message: 'unknown_value' }]);
    const badChannel = await f.call('PUT', '/api/notifications/preferences', f.cookies.member, { kinds: [{ kind: 'convocation', channel: 'weekly' }] });
    expect(badChannel.status).toBe(400);
    expect(badChannel.body.error.details.map((d: Json) => d.path)).toEqual(['kinds.0.channel']);
    const prefs = (await f.ok('GET', '/api/notifications/preferences', f.cookies.member)).preferences;
    expect(prefs.digestHour).toBe(8);
    expect(prefs.kinds.map((k: Json) => [k.kind, k.channel])).toEqual([
      ['action_assigned', 'immediate'],
      ['action_overdue', 'digest'],
      ['convocation', 'immediate'],
      ['meeting_cancelled', 'immediate'],
      ['meeting_changed', 'immediate'],
      ['mention', 'immediate'],
      ['minutes_approved', 'immediate'],
      ['minutes_in_review', 'immediate'],
      ['plan_adopted', 'immediate'],
      ['plan_comment_mention', 'immediate'],
      ['plan_overdue', 'digest'],
      ['remark_on_my_passage', 'immediate'],
    ]);
  });

  it('puts a kind chosen for the digest in one Italian mail at the chosen hour, once, whichever instance runs it', async () => {
    const now = new Date();
    const due = new Date(now.getTime() + 2 * 3_600_000);
    const notDue = new Date(now.getTime() + 3_600_000);
    const me = (await f.ok('GET', '/api/auth/me', f.cookies.admin)).user;
    const saved = await f.ok('PUT', '/api/notifications/preferences', f.cookies.admin, {
      digestHour: romeHour(due),
      kinds: [{ kind: 'meeting_changed', channel: 'digest' }],
    });
    expect(saved.preferences.digestHour).toBe(romeHour(due));
    expect(saved.preferences.kinds.find((k: Json) => k.kind === 'meeting_changed').channel).toBe('digest');

    const { meeting } = await f.convenedMeeting({ title: 'Seduta nel riepilogo' });
    await f.ok('PUT', '/api/notifications/follows', f.cookies.admin, { subjectType: 'meeting', subjectId: meeting.id, following: true });
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala del riepilogo' });
    await settleJobs(first.dataSource);
    // Nothing at once: the notification waits for the digest.
    expect(digestMails(me.email)).toEqual([]);
    const immediate = await first.dataSource.query(
      `SELECT count(*)::int AS n FROM mail_deliveries WHERE recipient = $1 AND kind = 'notification:meeting_changed'`,
      [me.email],
    );
    expect(immediate[0].n).toBe(0);

    const centres = [first, second].map((app) => app.app.get(NotificationCenter));
    expect(await centres[0].sendDigests(notDue)).toBe(0);
    const queued = await Promise.all(centres.map((c) => c.sendDigests(due)));
    expect(queued.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await centres[1].sendDigests(due)).toBe(0);
    await settleJobs(first.dataSource);
    const mails = digestMails(me.email);
    expect(mails).toHaveLength(1);
    expect(headerOf(mails[0], 'Subject')).toBe('[Cantiere] Riepilogo del giorno: 1 notifica');
    const body = plainBodyOf(mails[0]);
    expect(body).toContain(`Seduta modificata: n. ${meeting.number}/${meeting.year} – Seduta nel riepilogo`);
    expect(body).toContain(`http://cantiere.test/sedute/${meeting.id}`);
    expect(body).toMatch(/Per non ricevere più mail per "Sedute modificate": http:\/\/cantiere\.test\/disiscrizione\/[A-Za-z0-9_-]{43}\n/);
    expect(headerOf(mails[0], 'List-Unsubscribe')).toMatch(/^<http:\/\/cantiere\.test\/api\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    expect(headerOf(mails[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // The schedule exists once, hourly, whatever the number of instances.
    const schedules = await first.dataSource.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [NOTIFICATION_DIGEST_JOB]);
    expect(schedules).toEqual([{ cron: '0 * * * *', timezone: 'Europe/Rome' }]);
  });
});

import { io } from 'socket.io-client';
import { NOTIFICATIONS_NAMESPACE, NOTIFICATIONS_SERVER_EVENTS, PROTOCOL_VERSION } from '@cantiere/collab';
import type { NotificationCreated } from '@cantiere/collab';
import { listen, waitFor } from '../support/collab-harness';
import { settleJobs } from '../support/jobs';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import { headerOf, plainBodyOf, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

describe('meeting notifications: the register and followers hear of a meeting, those who may not see it do not', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  const listOf = async (cookie: string) => (await f.ok('GET', '/api/notifications', cookie)).items as Json[];
  const about = async (cookie: string, meetingId: string) => (await listOf(cookie)).filter((n) => n.link === `/sedute/${meetingId}`);
  const centreMails = async () =>
    (await t.dataSource.query(`SELECT recipient, kind FROM mail_deliveries WHERE kind LIKE 'notification:%' ORDER BY recipient`)) as {
      recipient: string;
      kind: string;
    }[];

  it('tells everyone on the register of a convocation in the app, and mails them only the convocation', async () => {
    const mailsBefore = (await centreMails()).length;
    const { meeting } = await f.convenedMeeting({ title: 'Seduta da notificare' });
    await settleJobs(t.dataSource);
    for (const cookie of [f.cookies.facilitator, f.cookies.member, f.cookies.third]) {
      const mine = await about(cookie, meeting.id);
      expect(mine.map((n) => ({ kind: n.kind, readAt: n.readAt }))).toEqual([{ kind: 'convocation', readAt: null }]);
      expect(mine[0].title).toBe(`Convocazione: n. ${meeting.number}/${meeting.year} – Seduta da notificare`);
      expect(mine[0].body).toMatch(/^Sei convocato alla seduta del \d{1,2} \w+ \d{4}/);
    }
    expect(await about(f.cookies.outsider, meeting.id)).toEqual([]);
    expect(await about(f.cookies.admin, meeting.id)).toEqual([]);
    expect((await centreMails()).length).toBe(mailsBefore);
  });

  it('lets only those who may read a meeting follow it, and mails a follower off the register at once, with a one-click unsubscribe', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta seguita' });
    await settleJobs(t.dataSource);
    const outsiderTry = await f.call('PUT', '/api/notifications/follows', f.cookies.outsider, {
      subjectType: 'meeting',
      subjectId: meeting.id,
      following: true,
    });
    expect(outsiderTry.status).toBe(404);
    expect(outsiderTry.body.error.code).toBe('not_found');
    const followed = await f.ok('PUT', '/api/notifications/follows', f.cookies.admin, { subjectType: 'meeting', subjectId: meeting.id, following: true });
    expect(followed.follow).toEqual({ subjectType: 'meeting', subjectId: meeting.id, following: true });
    await f.ok('PUT', '/api/notifications/follows', f.cookies.third, { subjectType: 'meeting', subjectId: meeting.id, following: false });

    const before = readOutbox(t.dataDir).length;
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala Quadri, Palazzo comunale' });
    await settleJobs(t.dataSource);
    const kinds = async (cookie: string) => (await about(cookie, meeting.id)).map((n) => n.kind);
    expect(await kinds(f.cookies.member)).toEqual(['meeting_changed', 'convocation']);
    expect(await kinds(f.cookies.admin)).toEqual(['meeting_changed']);
    // The facilitator made the change; the third member unfollowed the meeting.
    expect(await kinds(f.cookies.facilitator)).toEqual(['convocation']);
    expect(await kinds(f.cookies.third)).toEqual(['convocation']);
    expect(await kinds(f.cookies.outsider)).toEqual([]);

    const adminEmail = (await f.ok('GET', '/api/auth/me', f.cookies.admin)).user.email as string;
    const fromCentre = readOutbox(t.dataDir)
      .slice(before)
      .filter((m) => headerOf(m, 'Subject').startsWith('[Cantiere] '));
    expect(fromCentre.map((m) => headerOf(m, 'To'))).toEqual([adminEmail]);
    const mail = fromCentre[0];
    expect(headerOf(mail, 'Subject')).toBe(`[Cantiere] Seduta modificata: n. ${meeting.number}/${meeting.year} – Seduta seguita`);
    expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const unsubscribe = headerOf(mail, 'List-Unsubscribe').match(/^<(.+)>$/)![1];
    expect(unsubscribe).toMatch(/^http:\/\/cantiere\.test\/api\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    expect(mail).toContain(`/sedute/${meeting.id}`);
    // The text's link is the web page for the same secret; the header's is the API's one-click address.
    expect(plainBodyOf(mail)).toContain(`http://cantiere.test/disiscrizione/${unsubscribe.split('/').pop()}`);
    const path = new URL(unsubscribe).pathname;

    const anonymous = t.request();
    const view = await anonymous.get(path).expect(200);
    expect(view.body).toEqual({ unsubscribe: { kind: 'meeting_changed', label: 'Sedute modificate', done: false } });
    const used = await anonymous.post(path).expect(200);
    expect(used.body).toEqual({ unsubscribe: { kind: 'meeting_changed', label: 'Sedute modificate', done: true } });
    const again = await anonymous.post(path).expect(409);
    expect(again.body.error.code).toBe('conflict');
    expect((await anonymous.get('/api/unsubscribe/' + 'x'.repeat(43)).expect(404)).body.error.code).toBe('not_found');
    const prefs = (await f.ok('GET', '/api/notifications/preferences', f.cookies.admin)).preferences;
    expect(prefs.kinds.find((k: Json) => k.kind === 'meeting_changed')).toEqual({ kind: 'meeting_changed', label: 'Sedute modificate', channel: 'off' });

    // Off means no mail; the notification still reaches the centre.
    const beforeSecond = (await centreMails()).length;
    await f.ok('PATCH', `/api/meetings/${meeting.id}`, f.cookies.facilitator, { place: 'Sala Rossa' });
    await settleJobs(t.dataSource);
    expect(await kinds(f.cookies.admin)).toEqual(['meeting_changed', 'meeting_changed']);
    expect((await centreMails()).length).toBe(beforeSecond);
  });

  it('pushes a new notification live to an open socket of its recipient only, and keeps the unread count', async () => {
    const connect = (cookie: string) =>
      io(`${baseUrl}${NOTIFICATIONS_NAMESPACE}`, { auth: { protocolVersion: PROTOCOL_VERSION }, extraHeaders: { cookie }, transports: ['websocket'] });
    const member = connect(f.cookies.member);
    const outsider = connect(f.cookies.outsider);
    const anonymous = io(`${baseUrl}${NOTIFICATIONS_NAMESPACE}`, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'] });
    const refused = new Promise<string>((resolve) => anonymous.on('connect_error', (err) => resolve(err.message)));
    try {
      const heard: NotificationCreated[] = [];
      const unread: number[] = [];
      const outsiderHeard: unknown[] = [];
      member.on(NOTIFICATIONS_SERVER_EVENTS.created, (p: NotificationCreated) => heard.push(p));
      member.on(NOTIFICATIONS_SERVER_EVENTS.unread, (p: { unread: number }) => unread.push(p.unread));
      outsider.on(NOTIFICATIONS_SERVER_EVENTS.created, (p: unknown) => outsiderHeard.push(p));
      await waitFor(() => member.connected && outsider.connected, 5_000, 'sockets connected');
      expect(await refused).toBe('unauthorized');

      await f.ok('POST', '/api/notifications/read-all', f.cookies.member);
      await waitFor(() => unread.length === 1, 5_000, 'unread count after read-all');
      expect(unread).toEqual([0]);
      const { meeting } = await f.convenedMeeting({ title: 'Seduta in diretta' });
      await waitFor(() => heard.length === 1, 10_000, 'live notification');
      expect(heard[0].unread).toBe(1);
      expect(heard[0].notification).toMatchObject({ kind: 'convocation', link: `/sedute/${meeting.id}`, readAt: null });
      expect((await f.ok('GET', '/api/notifications/unread-count', f.cookies.member)).unread).toBe(1);
      expect(outsiderHeard).toEqual([]);

      const id = heard[0].notification.id;
      expect((await f.call('POST', `/api/notifications/${id}/read`, f.cookies.outsider)).status).toBe(404);
      expect((await f.call('POST', `/api/notifications/${id}/read`, f.cookies.member)).status).toBe(204);
      await waitFor(() => unread.length === 2, 5_000, 'unread count after read');
      expect(unread).toEqual([0, 0]);
      const page = await f.ok('GET', '/api/notifications?unread=true', f.cookies.member);
      expect(page).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    } finally {
      member.close();
      outsider.close();
      anonymous.close();
    }
  });
});

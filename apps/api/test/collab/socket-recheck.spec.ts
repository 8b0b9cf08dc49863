import { io, Socket } from 'socket.io-client';
import { MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, MEETING_LIVE_SERVER_EVENTS, PROTOCOL_VERSION, SERVER_EVENTS } from '@cantiere/collab';
import type { DocClosed, MeetingClosed } from '@cantiere/collab';
import { documentFixture, listen, openDoc, OpenDoc, waitFor } from '../support/collab-harness';
import { meetingFixture } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

const RECHECK_MS = 300;

describe('open /collab and /meeting-live sockets re-check their credential and rights periodically', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp({ SOCKET_RECHECK_MS: String(RECHECK_MS) });
    baseUrl = await listen(t.app);
  });
  afterEach(() => {
    opened.splice(0).forEach((o) => o.client.close());
    sockets.splice(0).forEach((s) => s.close());
  });
  afterAll(() => t.close());

  it('notices a session ended without any message (a lost one) within the re-check interval, then disconnects the socket', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    const closed: DocClosed[] = [];
    o.client.socket.on(SERVER_EVENTS.closed, (m: DocClosed) => closed.push(m));
    // Straight in the database: no access-change event is raised, as when a pub/sub message is dropped.
    await t.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [f.writer.user.id]);
    await waitFor(() => closed.length === 1, RECHECK_MS * 10, 'doc:closed from the periodic re-check');
    expect(closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'session_ended' });
    await waitFor(() => !o.client.socket.connected, RECHECK_MS * 10, 'disconnect at the next re-check');
  });

  it('notices lost rights on a document without any message', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    await t.dataSource.query('UPDATE space_members SET role = $1 WHERE person_id = $2', ['observer', f.writer.person.id]);
    await waitFor(() => o.session.access === 'read', RECHECK_MS * 10, 'doc:access from the periodic re-check');
    expect(o.session.lastAccessChange).toEqual({ access: 'read', reason: 'rights_changed' });
  });

  it('a watcher whose session ends unnoticed is dropped by the periodic re-check', async () => {
    const f = await meetingFixture(t, baseUrl);
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con una sessione scaduta' });
    const s = io(`${baseUrl}${MEETING_LIVE_NAMESPACE}`, {
      auth: { protocolVersion: PROTOCOL_VERSION },
      extraHeaders: { cookie: f.cookies.member },
      transports: ['websocket'],
      forceNew: true,
    });
    sockets.push(s);
    const closed: MeetingClosed[] = [];
    s.on(MEETING_LIVE_SERVER_EVENTS.closed, (m: MeetingClosed) => closed.push(m));
    expect(await s.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId: meeting.id })).toEqual({ ok: true });
    await t.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1', [f.member.user.id]);
    await waitFor(() => closed.length === 1 && !s.connected, RECHECK_MS * 10, 'meeting:closed and disconnect');
    expect(closed[0]).toMatchObject({ meetingId: meeting.id, reason: 'session_ended' });
  });
});

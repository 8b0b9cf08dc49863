import crypto from 'node:crypto';
import { io, Socket } from 'socket.io-client';
import * as Y from 'yjs';
import {
  CLIENT_EVENTS,
  MEETING_LIVE_CLIENT_EVENTS,
  MEETING_LIVE_NAMESPACE,
  MEETING_LIVE_SERVER_EVENTS,
  PROTOCOL_VERSION,
  SERVER_EVENTS,
} from '@cantiere/collab';
import type { DocAccessChanged, DocClosed, MeetingChanged, MeetingClosed, UpdateAck } from '@cantiere/collab';
import { MeetingLiveGateway } from '../../src/modules/meeting/meeting-live.gateway';
import { documentFixture, listen, openDoc, OpenDoc, sessionCookie, waitFor } from '../support/collab-harness';
import { TEST_PASSWORD, memberOf } from '../support/factories';
import { apiClient, meetingFixture } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

/** What the server told one connection about its rights. */
function heard(o: OpenDoc) {
  const closed: DocClosed[] = [];
  const access: DocAccessChanged[] = [];
  o.client.socket.on(SERVER_EVENTS.closed, (m: DocClosed) => closed.push(m));
  o.client.socket.on(SERVER_EVENTS.access, (m: DocAccessChanged) => access.push(m));
  return { closed, access };
}

/** A write sent straight on the wire, as a client that ignores doc:closed and doc:access would. */
async function rawWrite(o: OpenDoc, docId: string): Promise<UpdateAck> {
  const source = new Y.Doc();
  source.getArray<string>('items').push([crypto.randomUUID()]);
  return (await o.client.socket
    .timeout(5_000)
    .emitWithAck(CLIENT_EVENTS.update, { docId, msgId: crypto.randomUUID(), update: Y.encodeStateAsUpdate(source) })) as UpdateAck;
}

const errorCode = (ack: UpdateAck) => (ack.ok ? 'ok' : ack.error.code);

describe('collaboration: rights on open sockets follow changes at once', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // The periodic re-check is left at a minute, longer than any wait below: these changes must be told at once.
    t = await startTestApp({ SOCKET_RECHECK_MS: '60000' });
    baseUrl = await listen(t.app);
  });
  afterEach(() => {
    opened.splice(0).forEach((o) => o.client.close());
    sockets.splice(0).forEach((s) => s.close());
  });
  afterAll(() => t.close());

  const call = () => apiClient(baseUrl);
  const open = async (auth: { cookie?: string; token?: string }, docId: string) => {
    const o = await openDoc(baseUrl, auth, docId);
    opened.push(o);
    expect(o.session.status).toBe('synced');
    return { o, told: heard(o) };
  };
  const membershipOf = async (personId: string): Promise<string> =>
    (await t.dataSource.query('SELECT id FROM space_members WHERE person_id = $1', [personId]))[0].id;

  it('closes the document with access_revoked after logout, and refuses a later write', async () => {
    const f = await documentFixture(t, baseUrl);
    const { o, told } = await open({ cookie: f.writerCookie }, f.docId);
    expect(errorCode(await rawWrite(o, f.docId))).toBe('ok');
    expect((await call()('POST', '/api/auth/logout', f.writerCookie)).status).toBe(204);
    await waitFor(() => told.closed.length === 1, 3_000, 'doc:closed');
    expect(told.closed[0]).toEqual({ docId: f.docId, code: 'access_revoked', reason: 'session_ended', message: expect.stringContaining('session has ended') });
    expect(o.session.status).toBe('closed');
    expect(o.session.access).toBeNull();
    expect(errorCode(await rawWrite(o, f.docId))).toBe('forbidden');
  });

  it('closes the document when the membership is removed', async () => {
    const f = await documentFixture(t, baseUrl);
    const { o, told } = await open({ cookie: f.writerCookie }, f.docId);
    const memberId = await membershipOf(f.writer.person.id);
    expect((await call()('DELETE', `/api/spaces/${f.space.id}/members/${memberId}`, f.adminCookie)).status).toBe(204);
    await waitFor(() => told.closed.length === 1, 3_000, 'doc:closed');
    expect(told.closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'membership_changed' });
    expect(o.session.lastAccessChange).toEqual({ access: null, reason: 'membership_changed' });
    expect(errorCode(await rawWrite(o, f.docId))).toBe('forbidden');
    // The session itself lives on: it may open what it still may see.
    expect((await call()('GET', '/api/auth/me', f.writerCookie)).status).toBe(200);
  });

  it('lowers write to read with doc:access when the document is archived, and again when the role becomes observer', async () => {
    const f = await documentFixture(t, baseUrl);
    const { o, told } = await open({ cookie: f.writerCookie }, f.docId);
    expect((await call()('PATCH', `/api/documents/${f.document.id}`, f.adminCookie, { archived: true })).status).toBe(200);
    await waitFor(() => told.access.length === 1, 3_000, 'doc:access');
    expect(told.access[0]).toEqual({ docId: f.docId, access: 'read', reason: 'document_archived' });
    expect(o.session.access).toBe('read');
    expect(errorCode(await rawWrite(o, f.docId))).toBe('read_only');

    const g = await documentFixture(t, baseUrl);
    const second = await open({ cookie: g.writerCookie }, g.docId);
    const memberId = await membershipOf(g.writer.person.id);
    expect((await call()('PATCH', `/api/spaces/${g.space.id}/members/${memberId}`, g.adminCookie, { role: 'observer' })).status).toBe(200);
    await waitFor(() => second.told.access.length === 1, 3_000, 'doc:access for the observer');
    expect(second.told.access[0]).toEqual({ docId: g.docId, access: 'read', reason: 'membership_changed' });
    expect(second.told.closed).toEqual([]);
    expect(errorCode(await rawWrite(second.o, g.docId))).toBe('read_only');
  });

  it('lowers write to read when the space is archived, and gives it back when the space is restored', async () => {
    const f = await documentFixture(t, baseUrl);
    const { o, told } = await open({ cookie: f.writerCookie }, f.docId);
    expect((await call()('POST', `/api/spaces/${f.space.id}/archive`, f.adminCookie)).status).toBe(200);
    await waitFor(() => told.access.length === 1, 3_000, 'doc:access');
    expect(told.access[0]).toEqual({ docId: f.docId, access: 'read', reason: 'space_archived' });
    expect(errorCode(await rawWrite(o, f.docId))).toBe('read_only');
    expect((await call()('POST', `/api/spaces/${f.space.id}/restore`, f.adminCookie)).status).toBe(200);
    await waitFor(() => told.access.length === 2, 3_000, 'doc:access back to write');
    expect(told.access[1]).toEqual({ docId: f.docId, access: 'write', reason: 'rights_changed' });
    expect(errorCode(await rawWrite(o, f.docId))).toBe('ok');
  });

  it('closes every document of an erased person', async () => {
    const f = await documentFixture(t, baseUrl);
    const { o, told } = await open({ cookie: f.writerCookie }, f.docId);
    expect((await call()('POST', `/api/people/${f.writer.person.id}/erase`, f.adminCookie)).status).toBeLessThan(300);
    await waitFor(() => told.closed.length === 1, 3_000, 'doc:closed');
    expect(told.closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'person_erased' });
    expect(errorCode(await rawWrite(o, f.docId))).toBe('forbidden');
  });

  it("a session revoked from the account page ends only that session's sockets", async () => {
    const f = await documentFixture(t, baseUrl);
    const otherCookie = await sessionCookie(baseUrl, f.writer.user.email, TEST_PASSWORD);
    const kept = await open({ cookie: f.writerCookie }, f.docId);
    const ended = await open({ cookie: otherCookie }, f.docId);
    const sessions = (await call()('GET', '/api/account/sessions', f.writerCookie)).body.items as { id: string; current: boolean }[];
    const other = sessions.find((s) => !s.current)!;
    expect((await call()('DELETE', `/api/account/sessions/${other.id}`, f.writerCookie)).status).toBe(204);
    await waitFor(() => ended.told.closed.length === 1, 3_000, 'doc:closed on the revoked session');
    expect(ended.told.closed[0]).toMatchObject({ code: 'access_revoked', reason: 'session_ended' });
    expect(errorCode(await rawWrite(ended.o, f.docId))).toBe('forbidden');
    expect(errorCode(await rawWrite(kept.o, f.docId))).toBe('ok');
    expect(kept.told.closed).toEqual([]);
  });

  it("a deleted API token ends the sockets opened with it, not the cookie's", async () => {
    const f = await documentFixture(t, baseUrl);
    const created = (await call()('POST', '/api/account/tokens', f.writerCookie, { name: 'script del verbale' })).body;
    const byToken = await open({ token: created.token.secret }, f.docId);
    const byCookie = await open({ cookie: f.writerCookie }, f.docId);
    expect((await call()('DELETE', `/api/account/tokens/${created.token.id}`, f.writerCookie)).status).toBe(204);
    await waitFor(() => byToken.told.closed.length === 1, 3_000, 'doc:closed on the token socket');
    expect(byToken.told.closed[0]).toMatchObject({ code: 'access_revoked', reason: 'token_revoked' });
    expect(errorCode(await rawWrite(byToken.o, f.docId))).toBe('forbidden');
    expect(errorCode(await rawWrite(byCookie.o, f.docId))).toBe('ok');
  });

  it('a deactivated account loses its sockets, its sessions and tokens, and cannot log in until reactivated', async () => {
    const f = await documentFixture(t, baseUrl);
    const created = (await call()('POST', '/api/account/tokens', f.writerCookie, { name: 'integrazione' })).body;
    const byCookie = await open({ cookie: f.writerCookie }, f.docId);
    const byToken = await open({ token: created.token.secret }, f.docId);
    const res = await call()('POST', `/api/users/${f.writer.user.id}/deactivate`, f.adminCookie);
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: f.writer.user.id, disabledAt: expect.any(String) });
    await waitFor(() => byCookie.told.closed.length === 1 && byToken.told.closed.length === 1, 3_000, 'doc:closed on both sockets');
    expect(byCookie.told.closed[0].reason).toBe('account_disabled');
    expect(byToken.told.closed[0].reason).toBe('account_disabled');
    expect(errorCode(await rawWrite(byCookie.o, f.docId))).toBe('forbidden');
    expect((await call()('GET', '/api/auth/me', f.writerCookie)).status).toBe(401);
    const login = await call()('POST', '/api/auth/login', null, { email: f.writer.user.email, password: TEST_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('account_disabled');
    const wrongPassword = await call()('POST', '/api/auth/login', null, { email: f.writer.user.email, password: 'not the password' });
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');

    expect((await call()('POST', `/api/users/${f.writer.user.id}/reactivate`, f.adminCookie)).body.user.disabledAt).toBeNull();
    expect((await call()('POST', '/api/auth/login', null, { email: f.writer.user.email, password: TEST_PASSWORD })).status).toBe(200);
    // What the deactivation ended stays ended.
    expect((await call()('GET', '/api/auth/me', f.writerCookie)).status).toBe(401);
  });

  it('lets only administrators list, deactivate and reactivate accounts, never their own', async () => {
    const f = await documentFixture(t, baseUrl);
    expect((await call()('GET', '/api/users', f.writerCookie)).status).toBe(403);
    expect((await call()('POST', `/api/users/${f.admin.id}/deactivate`, f.writerCookie)).status).toBe(403);
    expect((await call()('POST', `/api/users/${f.admin.id}/deactivate`, f.adminCookie)).body.error.code).toBe('conflict');
    const list = (await call()('GET', '/api/users', f.adminCookie)).body.items as { id: string; disabledAt: string | null }[];
    expect(list.find((u) => u.id === f.writer.user.id)).toMatchObject({ disabledAt: null });
    expect((await call()('POST', `/api/users/${crypto.randomUUID()}/deactivate`, f.adminCookie)).status).toBe(404);
  });

  it('presence carries the identity the server knows: an observer cannot pass for the administrator', async () => {
    const f = await documentFixture(t, baseUrl);
    const observer = await memberOf(t, f.org.id);
    await f.post(`/api/spaces/${f.space.id}/members`, { organisationId: f.org.id, personId: observer.person.id, role: 'observer' });
    const observerCookie = await sessionCookie(baseUrl, observer.user.email);
    const watcher = await open({ cookie: f.writerCookie }, f.docId);
    const spoofer = await open({ cookie: observerCookie }, f.docId);
    spoofer.o.session.awareness.setLocalStateField('user', { id: f.admin.id, name: 'Laura Ferrari (admin)', organisation: 'Comune', color: '#b30059' });
    await waitFor(() => watcher.o.session.awareness.getStates().get(spoofer.o.ydoc.clientID)?.user !== undefined, 3_000, 'presence');
    const { name: orgName } = (await t.dataSource.query('SELECT coalesce(short_name, name) AS name FROM organisations WHERE id = $1', [f.org.id]))[0];
    expect(watcher.o.session.awareness.getStates().get(spoofer.o.ydoc.clientID)?.user).toEqual({
      id: observer.user.id,
      name: observer.user.name,
      organisation: orgName,
      color: '#b30059',
    });

    // Speaking for another connection's awareness client would overwrite that person's presence: refused.
    watcher.o.session.awareness.setLocalStateField('user', { id: 'w', name: 'w', organisation: null, color: '#000000' });
    await waitFor(() => spoofer.o.session.awareness.getStates().has(watcher.o.ydoc.clientID), 3_000, 'watcher presence');
    const stolen = new Y.Doc();
    stolen.clientID = watcher.o.ydoc.clientID;
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const fake = new Awareness(stolen);
    fake.setLocalState({ user: { id: 'w', name: 'gone' } });
    const ack = await spoofer.o.client.socket
      .timeout(5_000)
      .emitWithAck(CLIENT_EVENTS.awareness, { docId: f.docId, update: encodeAwarenessUpdate(fake, [stolen.clientID]) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid' } });
    fake.destroy();
  });

  it('a /meeting-live watcher removed from the space stops receiving the meeting; the others keep it', async () => {
    const f = await meetingFixture(t, baseUrl);
    const { meeting } = await f.convenedMeeting({ title: 'Seduta con un membro uscente' });
    const connect = (cookie: string) => {
      const s = io(`${baseUrl}${MEETING_LIVE_NAMESPACE}`, {
        auth: { protocolVersion: PROTOCOL_VERSION },
        extraHeaders: { cookie },
        transports: ['websocket'],
        forceNew: true,
      });
      sockets.push(s);
      const heard: MeetingChanged[] = [];
      const closed: MeetingClosed[] = [];
      s.on(MEETING_LIVE_SERVER_EVENTS.changed, (m: MeetingChanged) => heard.push(m));
      s.on(MEETING_LIVE_SERVER_EVENTS.closed, (m: MeetingClosed) => closed.push(m));
      return { s, heard, closed };
    };
    const leaving = connect(f.cookies.member);
    const staying = connect(f.cookies.third);
    for (const w of [leaving, staying])
      expect(await w.s.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, { meetingId: meeting.id })).toEqual({ ok: true });
    const memberId = (await t.dataSource.query('SELECT id FROM space_members WHERE person_id = $1', [f.member.person.id]))[0].id;
    await f.ok('DELETE', `/api/spaces/${f.space.id}/members/${memberId}`, f.cookies.admin);
    await waitFor(() => leaving.closed.length === 1, 3_000, 'meeting:closed');
    expect(leaving.closed[0]).toMatchObject({ meetingId: meeting.id, code: 'access_revoked', reason: 'membership_changed' });
    t.app.get(MeetingLiveGateway).changed(meeting.id, 'agenda');
    await waitFor(() => staying.heard.some((h) => h.part === 'agenda'), 3_000, 'the staying watcher hears the change');
    await new Promise((r) => setTimeout(r, 200));
    expect(leaving.heard.filter((h) => h.part === 'agenda')).toEqual([]);
  });
});

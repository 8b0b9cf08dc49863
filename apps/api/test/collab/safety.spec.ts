import crypto from 'node:crypto';
import { io } from 'socket.io-client';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { COLLAB_NAMESPACE, PROTOCOL_VERSION } from '@cantiere/collab';
import { createUser, loggedInAgent, memberOf } from '../support/factories';
import { documentFixture, listen, openDoc, OpenDoc, sessionCookie, waitFor } from '../support/collab-harness';
import { seededBytes } from '../support/seeded-bytes';
import { startTestApp, TestApp } from '../support/test-app';

function rawSocket(baseUrl: string, auth: Record<string, unknown>, cookie?: string) {
  return io(`${baseUrl}${COLLAB_NAMESPACE}`, { transports: ['websocket'], auth, reconnection: false, ...(cookie ? { extraHeaders: { cookie } } : {}) });
}

async function connectError(baseUrl: string, auth: Record<string, unknown>, cookie?: string): Promise<string> {
  const socket = rawSocket(baseUrl, auth, cookie);
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.on('connect_error', (err) => resolve(err.message));
      socket.on('connect', () => reject(new Error('connected')));
    });
  } finally {
    socket.close();
  }
}

describe('collaboration: safety', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp({ COLLAB_MAX_UPDATE_BYTES: String(64 * 1024) });
    baseUrl = await listen(t.app);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t.close());

  it('refuses anonymous clients, bad tokens and other protocol versions at the handshake', async () => {
    expect(await connectError(baseUrl, { protocolVersion: PROTOCOL_VERSION })).toBe('unauthorized');
    expect(await connectError(baseUrl, { protocolVersion: PROTOCOL_VERSION, token: 'cnt_forged' })).toBe('unauthorized');
    expect(await connectError(baseUrl, { protocolVersion: PROTOCOL_VERSION }, 'cantiere_session=forged')).toBe('unauthorized');
    const user = await createUser(t);
    const cookie = await sessionCookie(baseUrl, user.email);
    expect(await connectError(baseUrl, { protocolVersion: 2 }, cookie)).toBe('protocol_version');
    expect(await connectError(baseUrl, {}, cookie)).toBe('protocol_version');
  });

  it('answers malformed events of every kind with a failure ack and keeps the document intact', async () => {
    const f = await documentFixture(t, baseUrl);
    const good = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(good);
    good.ydoc.getText('t').insert(0, 'testo originale');
    await good.session.whenSaved();
    const socket = good.client.socket;
    const bad = async (event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload);

    const join = [
      null,
      42,
      'x',
      {},
      { docId: f.docId },
      { docId: 'document:not-a-uuid', stateVector: new Uint8Array() },
      { docId: f.docId, stateVector: 'abc' },
    ];
    for (const p of join) expect((await bad('doc:join', p)).error.code).toBe('invalid');
    const validVector = Y.encodeStateVector(good.ydoc);
    const badVectors = [
      seededBytes(1, 40),
      seededBytes(2, 40),
      seededBytes(3, 7),
      new Uint8Array([...validVector, 0]),
      validVector.subarray(0, validVector.length - 1),
    ];
    for (const stateVector of badVectors) expect((await bad('doc:join', { docId: f.docId, stateVector })).error.code).toBe('invalid');
    for (const p of [
      null,
      {},
      { docId: f.docId, msgId: '', update: new Uint8Array([1]) },
      { docId: f.docId, msgId: 'x', update: 'not binary' },
      { docId: f.docId, update: new Uint8Array([0, 0]) },
    ]) {
      expect((await bad('doc:update', p)).error.code).toBe('invalid');
    }
    const valid = Y.encodeStateAsUpdate(good.ydoc);
    const garbage = [
      seededBytes(4, 1),
      seededBytes(5, 64),
      seededBytes(6, 300),
      valid.subarray(0, Math.floor(valid.length / 2)),
      Buffer.from([255, 255, 255, 255, 255, 255, 255, 255, 255, 1]),
    ];
    for (const update of garbage) {
      const ack = await bad('doc:update', { docId: f.docId, msgId: crypto.randomUUID(), update });
      expect(ack).toEqual({ ok: false, error: { code: 'invalid_update', message: expect.any(String) } });
    }
    const huge = await bad('doc:update', { docId: f.docId, msgId: crypto.randomUUID(), update: new Uint8Array(65 * 1024) });
    expect(huge.error.code).toBe('too_large');
    const presence = new Awareness(new Y.Doc());
    presence.setLocalState({ user: { id: 'x', name: 'X', organisation: 'Y', color: '#000000' } });
    const validPresence = encodeAwarenessUpdate(presence, [presence.clientID]);
    presence.destroy();
    const badPresence = [seededBytes(7, 30), seededBytes(8, 3), new Uint8Array([...validPresence, 0]), validPresence.subarray(0, validPresence.length - 1)];
    for (const p of [null, { docId: f.docId }, ...badPresence.map((update) => ({ docId: f.docId, update }))]) {
      expect((await bad('awareness:update', p)).error.code).toBe('invalid');
    }
    socket.emit('doc:update', { docId: f.docId, msgId: 'no-ack', update: seededBytes(9, 10) });

    const fresh = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(fresh);
    expect(fresh.ydoc.getText('t').toString()).toBe('testo originale');
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
  });

  it('disconnects a client that keeps sending garbage, and stays up', async () => {
    const f = await documentFixture(t, baseUrl);
    const socket = rawSocket(baseUrl, { protocolVersion: PROTOCOL_VERSION }, f.writerCookie);
    await new Promise<void>((r) => socket.on('connect', () => r()));
    const disconnected = new Promise((r) => socket.on('disconnect', r));
    for (let i = 0; i < 60; i++) socket.emit('doc:join', i, () => undefined);
    await disconnected;
    socket.close();
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
  });

  it('lets a reader receive updates but not change the document; outsiders cannot open it at all', async () => {
    const f = await documentFixture(t, baseUrl);
    const observer = await memberOf(t, f.org.id);
    await f.post(`/api/spaces/${f.space.id}/members`, { organisationId: f.org.id, personId: observer.person.id, role: 'observer' });
    const reader = await openDoc(baseUrl, { cookie: await sessionCookie(baseUrl, observer.user.email) }, f.docId);
    const writer = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(reader, writer);
    expect(reader.session.access).toBe('read');
    expect(writer.session.access).toBe('write');
    writer.ydoc.getText('t').insert(0, 'scritto dal membro');
    await waitFor(() => reader.ydoc.getText('t').toString() === 'scritto dal membro', 5000, 'reader receives');

    const sneaky = new Y.Doc();
    sneaky.getText('t').insert(0, 'intruso');
    const ack = await reader.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: crypto.randomUUID(), update: Y.encodeStateAsUpdate(sneaky) });
    expect(ack.error.code).toBe('read_only');
    expect(writer.ydoc.getText('t').toString()).toBe('scritto dal membro');

    const { user: outsiderUser } = await loggedInAgent(t, 'user');
    const outsider = await openDoc(baseUrl, { cookie: await sessionCookie(baseUrl, outsiderUser.email) }, f.docId);
    opened.push(outsider);
    expect(outsider.session.lastError?.code).toBe('not_found');
    const notJoined = await outsider.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'x', update: Y.encodeStateAsUpdate(sneaky) });
    expect(notJoined.error.code).toBe('not_joined');
    const unknown = await writer.client.socket.emitWithAck('doc:join', { docId: `document:${crypto.randomUUID()}`, stateVector: new Uint8Array() });
    expect(unknown.error.code).toBe('not_found');
  });

  it('accepts a personal API token on the socket and as a Bearer token on REST', async () => {
    const f = await documentFixture(t, baseUrl);
    const created = (await (
      await fetch(`${baseUrl}/api/account/tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: f.writerCookie },
        body: JSON.stringify({ name: 'script' }),
      })
    ).json()) as { token: { id: string; secret: string } };
    expect(created.token.secret).toMatch(/^cnt_/);
    const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${created.token.secret}` } });
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(f.writer.user.id);
    const viaToken = await openDoc(baseUrl, { token: created.token.secret }, f.docId);
    opened.push(viaToken);
    expect(viaToken.session.access).toBe('write');
    await fetch(`${baseUrl}/api/account/tokens/${created.token.id}`, { method: 'DELETE', headers: { cookie: f.writerCookie } });
    expect((await fetch(`${baseUrl}/api/auth/me`, { headers: { authorization: `Bearer ${created.token.secret}` } })).status).toBe(401);
    expect(await connectError(baseUrl, { protocolVersion: PROTOCOL_VERSION, token: created.token.secret })).toBe('unauthorized');
  });
});

import * as Y from 'yjs';
import { CollabAccess } from '../../src/collab/collab-access';
import { RETAIN_FOLDED_MSG_IDS_DAYS } from '../../src/collab/collab-compactor';
import { CollabStore } from '../../src/collab/collab-store';
import { DocumentRegistry } from '../../src/collab/document-registry';
import { documentFixture, listen, openDoc, OpenDoc, textOf, waitFor } from '../support/collab-harness';
import { startTestApp, TestApp } from '../support/test-app';

const vector = (d: Y.Doc) => Buffer.from(Y.encodeStateVector(d)).toString('base64');

describe('collaboration: convergence', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t.close());

  it('clients editing concurrently, two of them offline for a while, end identical to each other and to the stored document', async () => {
    const f = await documentFixture(t, baseUrl);
    for (let i = 0; i < 4; i++) opened.push(await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId));
    const [a, b, c, d] = opened;

    c.client.socket.disconnect();
    d.client.socket.disconnect();
    await waitFor(() => c.session.status === 'offline' && d.session.status === 'offline');

    const writes = opened.map(async (o, i) => {
      for (let n = 0; n < 25; n++) {
        const tokens = o.ydoc.getArray<string>('tokens');
        o.ydoc.transact(() => {
          tokens.insert(Math.floor(Math.random() * (tokens.length + 1)), [`${i}:${n}`]);
          o.ydoc.getText('t').insert(0, String(i));
        });
        if (n % 5 === 0) await new Promise((r) => setTimeout(r, 5));
      }
    });
    await Promise.all(writes);
    c.client.socket.connect();
    d.client.socket.connect();
    await Promise.all(opened.map((o) => o.session.whenSaved(15_000)));
    const contentOf = (doc: Y.Doc) => JSON.stringify([doc.getArray('tokens').toJSON(), textOf(doc)]);
    await waitFor(() => new Set(opened.map((o) => contentOf(o.ydoc))).size === 1, 10_000, 'convergence');

    const tokens = a.ydoc.getArray<string>('tokens').toJSON();
    expect(tokens).toHaveLength(100);
    expect(new Set(tokens).size).toBe(100);
    for (let i = 0; i < 4; i++) for (let n = 0; n < 25; n++) expect(tokens).toContain(`${i}:${n}`);
    expect(textOf(a.ydoc)).toHaveLength(100);
    expect(new Set(opened.map((o) => vector(o.ydoc))).size).toBe(1);
    expect(contentOf(b.ydoc)).toBe(contentOf(a.ydoc));
    const final = contentOf(a.ydoc);

    // A fresh client after the server forgot the document loads it from PostgreSQL alone.
    const registry = t.app.get(DocumentRegistry);
    opened.forEach((o) => o.client.close());
    opened.length = 0;
    await waitFor(() => registry.loaded(f.docId)?.participants.size === 0, 5_000, 'participants gone');
    await registry.evict(registry.loaded(f.docId)!);
    const fresh = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(fresh);
    expect(contentOf(fresh.ydoc)).toBe(final);
  });

  it('acknowledges an update only once committed, with seq growing by one, and resending a msgId stores nothing twice', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    const other = new Y.Doc();
    other.getText('t').insert(0, 'ciao');
    const update = Y.encodeStateAsUpdate(other);
    const first = await o.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'fixed-msg-id', update });
    expect(first).toEqual({ ok: true, seq: expect.any(Number) });
    const rows = await t.dataSource.query('SELECT seq FROM collab_updates WHERE doc_id = $1 AND msg_id = $2', [f.docId, 'fixed-msg-id']);
    expect(rows.map((r: { seq: string }) => Number(r.seq))).toEqual([first.seq]);
    const again = await o.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'fixed-msg-id', update });
    expect(again).toEqual(first);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId])).toEqual([{ n: 1 }]);
    other.getText('t').insert(4, '!');
    const next = await o.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'second', update: Y.encodeStateAsUpdate(other) });
    expect(next.seq).toBe(first.seq + 1);
  });

  it('gives a msgId resent after its update was folded into the snapshot its first seq back, and forgets it after the retention period', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    const other = new Y.Doc();
    other.getText('t').insert(0, 'prima');
    const update = Y.encodeStateAsUpdate(other);
    const first = await o.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'lost-ack', update });
    for (let i = 0; i < 5; i++) o.ydoc.getArray<number>('n').push([i]);
    await o.session.whenSaved();
    const store = t.app.get(CollabStore);
    expect(await store.compact(f.docId)).toEqual({ folded: 6 });
    const lastSeq = async () => Number((await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq);
    const before = await lastSeq();
    expect(await o.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId: 'lost-ack', update })).toEqual(first);
    expect(await lastSeq()).toBe(before);
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE msg_id = $1', ['lost-ack'])).toEqual([{ n: 1 }]);
    // Folded rows older than the retention period go at the next compaction; recent ones stay.
    await t.dataSource.query(`UPDATE collab_updates SET created_at = now() - make_interval(days => $2 + 1) WHERE doc_id = $1`, [
      f.docId,
      RETAIN_FOLDED_MSG_IDS_DAYS,
    ]);
    o.ydoc.getArray<number>('n').push([99]);
    await o.session.whenSaved();
    expect(await store.compact(f.docId)).toEqual({ folded: 1 });
    const left: { seq: string; folded: boolean }[] = await t.dataSource.query('SELECT seq, update IS NULL AS folded FROM collab_updates WHERE doc_id = $1', [
      f.docId,
    ]);
    expect(left.map((r) => [Number(r.seq), r.folded])).toEqual([[before + 1, true]]);
  });

  it('appends a batch mixing resent and new updates: the resent keep their first seq, the new ones follow without a gap', async () => {
    const f = await documentFixture(t, baseUrl);
    const store = t.app.get(CollabStore);
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    for (const word of ['uno', 'due', 'tre', 'quattro']) source.getArray<string>('w').push([word]);
    const write = (i: number) => ({ msgId: `m${i}`, author: null, update: updates[i] });
    const first = await store.append(f.docId, [write(0), write(1)]);
    expect([...first]).toEqual([
      ['m0', 1],
      ['m1', 2],
    ]);
    // m1 is stored already (a resend after a lost ack), m2 and m3 are new; m3 also comes twice in the batch.
    const mixed = await store.append(f.docId, [write(2), write(1), write(3), write(3)]);
    expect(Object.fromEntries(mixed)).toEqual({ m1: 2, m2: 3, m3: 4 });
    const rows: { seq: string; msg_id: string }[] = await t.dataSource.query('SELECT seq, msg_id FROM collab_updates WHERE doc_id = $1 ORDER BY seq', [
      f.docId,
    ]);
    expect(rows.map((r) => [Number(r.seq), r.msg_id])).toEqual([
      [1, 'm0'],
      [2, 'm1'],
      [3, 'm2'],
      [4, 'm3'],
    ]);
    expect(Number((await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq)).toBe(4);
    // Only resends: nothing is stored and the counter does not move.
    expect(Object.fromEntries(await store.append(f.docId, [write(0), write(3)]))).toEqual({ m0: 1, m3: 4 });
    expect(Number((await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq)).toBe(4);
    const loaded = await store.load(f.docId);
    const rebuilt = new Y.Doc();
    for (const r of loaded.rows) Y.applyUpdate(rebuilt, r.update);
    expect(rebuilt.getArray('w').toJSON()).toEqual(['uno', 'due', 'tre', 'quattro']);
  });

  it('two writers interleaving never re-join: a client learns its own seqs from the acks, so no hole looks like a gap', async () => {
    const f = await documentFixture(t, baseUrl);
    const a = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    const decide = jest.spyOn(t.app.get(CollabAccess), 'decide');
    const statuses: string[] = [];
    for (const o of [a, b]) o.session.on('status', (s) => statuses.push(s));
    for (let i = 0; i < 100; i++) {
      a.ydoc.getArray<string>('n').push([`a${i}`]);
      b.ydoc.getArray<string>('n').push([`b${i}`]);
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all([a.session.whenSaved(20_000), b.session.whenSaved(20_000)]);
    const last = Number((await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq);
    await waitFor(() => a.session.seq === last && b.session.seq === last, 5_000, 'both clients account for every seq');
    expect(a.ydoc.getArray('n').toJSON()).toEqual(b.ydoc.getArray('n').toJSON());
    expect(a.ydoc.getArray('n').length).toBe(200);
    // A re-join would ask the access service again and pass through "connecting".
    expect(decide).not.toHaveBeenCalled();
    expect(statuses).toEqual([]);
    decide.mockRestore();
  });

  it('acknowledges an update only after fanning out the earlier ones of its commit group, so the writer sees no hole', async () => {
    const f = await documentFixture(t, baseUrl);
    const a = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    const store = t.app.get(CollabStore);
    const append = store.append.bind(store);
    // A slow commit: meanwhile B's updates and then A's gather into the next group, committed together in that order.
    const slowed = jest.spyOn(store, 'append').mockImplementation(async (docId, writes) => {
      await new Promise((r) => setTimeout(r, 40));
      return append(docId, writes);
    });
    // A's socket seen raw, in arrival order: the seqs of others' updates, and the seq of each of A's acks.
    const received = new Set<number>();
    a.client.socket.on('doc:update', (msg: { seq: number }) => received.add(msg.seq));
    const acks: { seq: number; receivedBefore: Set<number> }[] = [];
    for (let round = 0; round < 5; round++) {
      b.ydoc.getArray<string>('n').push([`lead${round}`]);
      await new Promise((r) => setTimeout(r, 10));
      for (let k = 0; k < 4; k++) b.ydoc.getArray<string>('n').push([`b${round}.${k}`]);
      await new Promise((r) => setTimeout(r, 5));
      const own = new Y.Doc();
      own.getArray<string>('n').push([`a${round}`]);
      const ack = await new Promise<{ ok: boolean; seq: number }>((resolve) =>
        a.client.socket.emit(
          'doc:update',
          { docId: f.docId, msgId: `raw-a-${round}`, update: Y.encodeStateAsUpdate(own) },
          (r: { ok: boolean; seq: number }) => {
            acks.push({ seq: r.seq, receivedBefore: new Set(received) });
            resolve(r);
          },
        ),
      );
      expect(ack.ok).toBe(true);
      await b.session.whenSaved(5_000);
    }
    slowed.mockRestore();
    const ownSeqs = new Set(acks.map((x) => x.seq));
    const startSeq = Math.min(...received) - 1;
    for (const { seq, receivedBefore } of acks) {
      const missing = Array.from({ length: seq - startSeq - 1 }, (_, i) => startSeq + 1 + i).filter((s) => !ownSeqs.has(s) && !receivedBefore.has(s));
      expect({ seq, missing }).toEqual({ seq, missing: [] });
    }
  });

  it("sends presence with the account's name and organisation to the others, and removes it when a client leaves", async () => {
    const f = await documentFixture(t, baseUrl);
    const a = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    // The name the client claims is not the one the others see: presence carries the server's identity.
    a.session.awareness.setLocalStateField('user', { id: f.writer.user.id, name: 'Anna', organisation: null, color: '#0066cc' });
    await waitFor(() => b.session.awareness.getStates().get(a.ydoc.clientID)?.user !== undefined, 5_000, 'presence');
    expect(b.session.awareness.getStates().get(a.ydoc.clientID)!.user).toEqual({
      id: f.writer.user.id,
      name: f.writer.user.name,
      organisation: f.org.name,
      color: '#0066cc',
    });
    a.client.close();
    await waitFor(() => !b.session.awareness.getStates().has(a.ydoc.clientID), 5_000, 'presence removed');
  });
});

import * as Y from 'yjs';
import { CollabFanout } from '../../src/collab/collab-fanout';
import { CollabGateway } from '../../src/collab/collab.gateway';
import { DocumentRegistry } from '../../src/collab/document-registry';
import { documentFixture, listen, openDoc, OpenDoc, waitFor } from '../support/collab-harness';
import { startTestApp, TestApp } from '../support/test-app';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  // Scale-out needs a real Redis between the instances; .ci/run sets REDIS_URL so that these run there.
  console.warn('collaboration scale-out tests skipped: REDIS_URL is not set');
}
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('collaboration: scale-out through Redis', () => {
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let secondUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    first = await startTestApp({ REDIS_URL: redisUrl! });
    second = await startTestApp({ REDIS_URL: redisUrl! }, first);
    firstUrl = await listen(first.app);
    secondUrl = await listen(second.app);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const content = (d: Y.Doc) => JSON.stringify(d.getArray('items').toJSON());

  it('clients on two instances converge, with presence crossing instances', async () => {
    const f = await documentFixture(t(), firstUrl);
    const a = await openDoc(firstUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    for (let n = 0; n < 30; n++) {
      a.ydoc.getArray<string>('items').push([`a${n}`]);
      b.ydoc.getArray<string>('items').push([`b${n}`]);
    }
    await Promise.all([a.session.whenSaved(), b.session.whenSaved()]);
    await waitFor(() => content(a.ydoc) === content(b.ydoc) && a.ydoc.getArray('items').length === 60, 10_000, 'convergence');
    a.session.awareness.setLocalStateField('user', { id: 'x', name: 'Across', organisation: null, color: '#000' });
    // Presence carries the identity the server knows, whatever the client claimed, on every instance.
    await waitFor(() => b.session.awareness.getStates().get(a.ydoc.clientID)?.user?.name === f.writer.user.name, 5_000, 'presence across instances');
    expect(b.session.awareness.getStates().get(a.ydoc.clientID)?.user).toEqual({
      id: f.writer.user.id,
      name: f.writer.user.name,
      organisation: f.org.name,
      color: '#000',
    });
  });

  it('tells a client joining on one instance who is already present on the other, and when they leave', async () => {
    const f = await documentFixture(t(), firstUrl);
    const watcher = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    const present = await openDoc(firstUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(watcher, present);
    present.session.awareness.setLocalStateField('user', { id: 'p', name: 'Already here', organisation: null, color: '#000' });
    await waitFor(
      () => watcher.session.awareness.getStates().get(present.ydoc.clientID)?.user?.name === f.writer.user.name,
      5_000,
      'presence across instances',
    );

    // A newcomer on the second instance learns of it from the join itself: nobody moves, nobody renews (clients renew every 15 s).
    const newcomer = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(newcomer);
    await waitFor(() => newcomer.session.awareness.getStates().get(present.ydoc.clientID)?.user?.name === f.writer.user.name, 2_000, 'presence given at join');

    present.client.close();
    await waitFor(() => !newcomer.session.awareness.getStates().has(present.ydoc.clientID), 5_000, 'departure across instances');
    expect(watcher.session.awareness.getStates().has(present.ydoc.clientID)).toBe(false);
  });

  it('still converges when fan-out messages are dropped, by reading the gap from PostgreSQL', async () => {
    const f = await documentFixture(t(), firstUrl);
    const a = await openDoc(firstUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    first.app.get(CollabFanout).dropNextPublishes = 15;
    second.app.get(CollabFanout).dropNextPublishes = 15;
    for (let n = 0; n < 20; n++) {
      a.ydoc.getArray<string>('items').push([`a${n}`]);
      b.ydoc.getArray<string>('items').push([`b${n}`]);
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all([a.session.whenSaved(), b.session.whenSaved()]);
    await waitFor(() => a.ydoc.getArray('items').length === 40 && content(a.ydoc) === content(b.ydoc), 10_000, 'convergence despite drops');
    expect(first.app.get(CollabFanout).dropNextPublishes).toBe(0);
  });

  it('converges when the updates it missed were folded into the snapshot before it caught up', async () => {
    const f = await documentFixture(t(), firstUrl);
    const a = await openDoc(firstUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    first.app.get(CollabFanout).dropNextPublishes = 5;
    for (let n = 0; n < 5; n++) a.ydoc.getArray<string>('items').push([`perso${n}`]);
    await a.session.whenSaved();
    const registry = first.app.get(DocumentRegistry);
    await registry.compact(registry.loaded(f.docId)!);
    const rows = (await first.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1 AND update IS NOT NULL', [f.docId])) as {
      n: number;
    }[];
    expect(rows[0].n).toBe(0);
    a.ydoc.getArray<string>('items').push(['dopo']);
    await a.session.whenSaved();
    await waitFor(() => b.ydoc.getArray('items').length === 6 && content(a.ydoc) === content(b.ydoc), 10_000, 'convergence after compaction');
  });

  it('freezes a document on every instance: the text returned holds what the other instance committed, later writes there are refused', async () => {
    const f = await documentFixture(t(), firstUrl);
    const a = await openDoc(firstUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    // The fan-out of b's last words is lost: only the log can tell the first instance about them.
    second.app.get(CollabFanout).dropNextPublishes = 1;
    b.ydoc.getArray<string>('items').push(['ultime parole']);
    await b.session.whenSaved();
    const frozen = await first.app.get(CollabGateway).freeze(f.docId);
    expect(frozen.ydoc.getArray('items').toJSON()).toEqual(['ultime parole']);
    await waitFor(() => a.ydoc.getArray('items').length === 1, 5_000, "the other instance's last words reach the first one's clients");
    b.ydoc.getArray<string>('items').push(['troppo tardi']);
    await waitFor(() => b.session.lastError?.code === 'read_only', 5_000, 'refused on the other instance');
    const stored = (await first.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId])) as { n: number }[];
    expect(stored[0].n).toBe(1);
  });

  const t = () => first;
});

import * as Y from 'yjs';
import { CollabStore } from '../../src/collab/collab-store';
import { COMPACT_AFTER_UPDATES, DocumentRegistry } from '../../src/collab/document-registry';
import { documentFixture, listen, openDoc, OpenDoc, waitFor } from '../support/collab-harness';
import { startTestApp, TestApp } from '../support/test-app';

/** Writes a paragraph the way the editor does (Tiptap's Yjs binding: XmlElement 'paragraph' with XmlText). */
function writeParagraph(doc: Y.Doc, text: string, bold = false) {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  doc.getXmlFragment('default').push([p]);
  t.insert(0, text, bold ? { bold: true } : undefined);
}

describe('shared documents: REST, projection and history', () => {
  let t: TestApp;
  let baseUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(() => t.close());

  const api = async (method: string, path: string, cookie: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body ? JSON.stringify(body) : undefined,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field below
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
  };

  it('creates, lists, renames and archives documents of a space, validating input', async () => {
    const f = await documentFixture(t, baseUrl);
    expect(f.document).toMatchObject({
      title: 'Verbale di prova',
      kind: 'working_note',
      spaceId: f.space.id,
      can: { 'document.write': true, 'document.archive': false },
      docId: `document:${f.document.id}`,
    });
    const list = await api('GET', `/api/documents?spaceId=${f.space.id}`, f.writerCookie);
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([f.document.id]);
    expect((await api('PATCH', `/api/documents/${f.document.id}`, f.writerCookie, { title: 'Nota del tavolo' })).body.document.title).toBe('Nota del tavolo');
    const bad = await api('POST', '/api/documents', f.writerCookie, { spaceId: 'x', title: '', kind: 'poem' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'spaceId', 'title']);
    expect((await api('PATCH', `/api/documents/${f.document.id}`, f.writerCookie, { archived: true })).status).toBe(403);
    expect((await api('PATCH', `/api/documents/${f.document.id}`, f.adminCookie, { archived: true })).body.document.archivedAt).not.toBeNull();
    const reopened = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(reopened);
    expect(reopened.session.access).toBe('read');
  });

  it('projects the body into plain text and HTML on save', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    writeParagraph(o.ydoc, 'Presenti: Caritas, Comune.');
    writeParagraph(o.ydoc, 'Decisione <approvata>', true);
    await o.session.whenSaved();
    await waitFor(() => false, 1_300, 'debounce').catch(() => undefined);
    const row = (await t.dataSource.query('SELECT body_text, body_html FROM documents WHERE id = $1', [f.document.id]))[0];
    expect(row.body_text).toBe('Presenti: Caritas, Comune.\nDecisione <approvata>');
    expect(row.body_html).toBe('<p>Presenti: Caritas, Comune.</p><p><strong>Decisione &lt;approvata&gt;</strong></p>');
    expect((await api('GET', `/api/documents/${f.document.id}`, f.writerCookie)).body.document.bodyText).toContain('Presenti');
  });

  it('names a version, shows it beside the current text, and restores it as a forward change everyone receives', async () => {
    const f = await documentFixture(t, baseUrl);
    const a = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    const b = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(a, b);
    writeParagraph(a.ydoc, 'Prima stesura');
    await a.session.whenSaved();
    const named = await api('POST', `/api/documents/${f.document.id}/versions`, f.writerCookie, { name: 'Bozza condivisa' });
    expect(named.status).toBe(201);
    writeParagraph(a.ydoc, 'Aggiunta successiva');
    await a.session.whenSaved();

    const preview = await api('GET', `/api/documents/${f.document.id}/versions/${named.body.version.id}`, f.writerCookie);
    expect(preview.body.then.text).toBe('Prima stesura');
    expect(preview.body.now.text).toBe('Prima stesura\nAggiunta successiva');

    const seqBefore = (await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq;
    const restored = await api('POST', `/api/documents/${f.document.id}/versions/${named.body.version.id}/restore`, f.writerCookie);
    expect(restored.status).toBe(200);
    expect(restored.body.seq).toBe(Number(seqBefore) + 1);
    const text = (d: Y.Doc) =>
      d
        .getXmlFragment('default')
        .toArray()
        .map((p) =>
          (p as Y.XmlElement)
            .toArray()
            .map((x) => (x as Y.XmlText).toString())
            .join(''),
        )
        .join('|');
    await waitFor(() => text(b.ydoc) === 'Prima stesura' && text(a.ydoc) === 'Prima stesura', 5_000, 'restore received live');
    const versions = (await api('GET', `/api/documents/${f.document.id}/versions`, f.writerCookie)).body.items;
    // The first edit starts the automatic history (one version per ten minutes of activity).
    expect(versions.map((v: { kind: string }) => v.kind)).toEqual(['restore', 'named', 'auto']);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId]))[0].n).toBeGreaterThanOrEqual(3);
  });

  it('compacts a long log into a snapshot that loads to the same document', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    for (let i = 0; i < 600; i++) o.ydoc.getArray<number>('n').push([i]);
    await o.session.whenSaved(20_000);
    const registry = t.app.get(DocumentRegistry);
    o.client.close();
    opened.length = 0;
    await waitFor(() => registry.loaded(f.docId)?.participants.size === 0, 5_000, 'left');
    await registry.evict(registry.loaded(f.docId)!);
    const rows = await t.dataSource.query('SELECT snapshot_seq, last_seq, snapshot IS NOT NULL AS has_snapshot FROM collab_documents WHERE id = $1', [f.docId]);
    expect(rows[0]).toMatchObject({ has_snapshot: true });
    expect(Number(rows[0].snapshot_seq)).toBe(Number(rows[0].last_seq));
    // Folded rows keep only their msgId (for resends), not their bytes.
    expect(await t.dataSource.query('SELECT count(update)::int AS bytes, count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId])).toEqual([
      { bytes: 0, n: 600 },
    ]);
    const fresh = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(fresh);
    expect(fresh.ydoc.getArray<number>('n').toJSON()).toEqual(Array.from({ length: 600 }, (_, i) => i));
    expect(fresh.session.seq).toBe(Number(rows[0].last_seq));
  });

  it('leaves the log and the snapshot as they were when a stored row does not replay', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    for (let i = 0; i < 20; i++) o.ydoc.getArray<number>('n').push([i]);
    await o.session.whenSaved(10_000);
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1', [f.docId]))[0].n;
    const before = await count();
    // A row no client could have sent (the server validates every update): only damage on disk could put it there.
    const last = Number((await t.dataSource.query('SELECT last_seq FROM collab_documents WHERE id = $1', [f.docId]))[0].last_seq);
    await t.dataSource.query('UPDATE collab_documents SET last_seq = $2 WHERE id = $1', [f.docId, last + 1]);
    await t.dataSource.query('INSERT INTO collab_updates (doc_id, seq, msg_id, update) VALUES ($1, $2, $3, $4)', [
      f.docId,
      last + 1,
      'damaged',
      Buffer.from([1, 2, 3]),
    ]);
    await expect(t.app.get(CollabStore).compact(f.docId)).rejects.toThrow(/compaction failed/);
    expect(await count()).toBe(before + 1);
    expect((await t.dataSource.query('SELECT snapshot IS NULL AS none FROM collab_documents WHERE id = $1', [f.docId]))[0].none).toBe(true);
  });

  it('folds a long log in the first lull, while the writer stays, and loads to the same document', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    const registry = t.app.get(DocumentRegistry);
    const snapshotSeq = async () =>
      Number((await t.dataSource.query('SELECT snapshot_seq FROM collab_documents WHERE id = $1', [f.docId]))[0]?.snapshot_seq ?? 0);
    // Past four times the threshold the loaded document folds itself once quiet for a moment, without being unloaded.
    for (let i = 0; i < COMPACT_AFTER_UPDATES * 4 + 50; i++) o.ydoc.getArray<number>('n').push([i]);
    await o.session.whenSaved(30_000);
    await waitFor(async () => (await snapshotSeq()) > 0, 10_000, 'compacted while loaded');
    expect(registry.loaded(f.docId)).toBeDefined();
    // Folding again (rows committed after the lull, e.g. resent after the rate limit) leaves nothing for a third time.
    await t.app.get(CollabStore).compact(f.docId);
    const folded = await snapshotSeq();
    expect(await t.app.get(CollabStore).compact(f.docId)).toEqual({ folded: 0 });
    expect(await snapshotSeq()).toBe(folded);

    for (let i = 0; i < 100; i++) o.ydoc.getArray<number>('n').push([-i]);
    await o.session.whenSaved(20_000);
    const rows = (await t.dataSource.query('SELECT count(*)::int AS n FROM collab_updates WHERE doc_id = $1 AND update IS NOT NULL', [f.docId]))[0].n;
    expect(rows).toBeLessThan(COMPACT_AFTER_UPDATES * 4);
    // What a fresh load builds from the snapshot and the rows after it is what the writer holds.
    const state = await t.app.get(CollabStore).load(f.docId);
    const rebuilt = new Y.Doc();
    if (state.snapshot) Y.applyUpdate(rebuilt, state.snapshot);
    for (const r of state.rows) Y.applyUpdate(rebuilt, r.update);
    expect(rebuilt.getArray('n').toJSON()).toEqual(o.ydoc.getArray('n').toJSON());
    expect(rebuilt.getArray('n').length).toBe(COMPACT_AFTER_UPDATES * 4 + 150);
  });

  it('stores nothing more once the document is frozen, whichever path the update takes, and answers read_only', async () => {
    const f = await documentFixture(t, baseUrl);
    const o = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(o);
    o.ydoc.getText('t').insert(0, 'testo approvato');
    await o.session.whenSaved();
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n, max(seq)::int AS seq FROM collab_updates WHERE doc_id = $1', [f.docId]))[0];
    const before = await count();
    // Straight in the database, as another instance would: this instance's writers still hold write access.
    await t.app.get(CollabStore).freeze(f.docId);
    o.ydoc.getText('t').insert(0, 'aggiunta tardiva ');
    await waitFor(() => o.session.lastError?.code === 'read_only', 5_000, 'refused as read-only');
    expect(await count()).toEqual(before);
    expect(o.session.pendingCount).toBe(0);
    expect(o.session.access).toBe('read');
    // The copy that had taken the refused update is read again from the log before anyone else joins.
    const fresh = await openDoc(baseUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(fresh);
    expect(fresh.ydoc.getText('t').toString()).toBe('testo approvato');
    // A resent update stored before the freeze still gets its first seq back.
    const [{ msg_id: msgId, seq, update }] = await t.dataSource.query(
      'SELECT msg_id, seq, update FROM collab_updates WHERE doc_id = $1 ORDER BY seq DESC LIMIT 1',
      [f.docId],
    );
    expect(await fresh.client.socket.emitWithAck('doc:update', { docId: f.docId, msgId, update })).toEqual({ ok: true, seq: Number(seq) });
    expect(await count()).toEqual(before);
  });
});

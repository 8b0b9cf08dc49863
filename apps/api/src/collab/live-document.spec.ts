import * as Y from 'yjs';
import { LiveDocument, REPLAY_ROWS_PER_TRANSACTION, applyLog } from './live-document';

/** A log as editors write it: one update per keystroke or list item, from two people. */
function twoPeopleLog(rows: number) {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const log: Uint8Array[] = [];
  a.on('update', (u: Uint8Array) => log.push(u));
  b.on('update', (u: Uint8Array) => log.push(u));
  for (let i = 0; i < rows / 2; i++) {
    a.getText('t').insert(a.getText('t').length, 'a');
    a.getArray<number>('n').push([i]);
    // B works on its own copy and the two meet only at the end: its rows depend on none of A's.
    b.getMap<number>('m').set(`k${i}`, i);
  }
  return { a, b, log };
}

describe('replaying a log', () => {
  it('builds the same document in transactions of many rows as one row at a time, also across chunk boundaries', () => {
    const { a, b, log } = twoPeopleLog(REPLAY_ROWS_PER_TRANSACTION * 3 + 10);
    const chunked = new Y.Doc();
    applyLog(chunked, log);
    const single = new Y.Doc();
    for (const u of log) Y.applyUpdate(single, u);
    expect(chunked.getText('t').toString()).toBe(a.getText('t').toString());
    expect(chunked.getArray('n').toJSON()).toEqual(a.getArray('n').toJSON());
    expect(chunked.getMap('m').toJSON()).toEqual(b.getMap('m').toJSON());
    expect(Y.encodeStateVector(chunked)).toEqual(Y.encodeStateVector(single));
  });

  it('holds back a row whose dependencies come later in the log, and integrates it when they arrive', () => {
    const { a, log } = twoPeopleLog(40);
    const reversed = [...log].reverse();
    const doc = new Y.Doc();
    applyLog(doc, reversed);
    expect(doc.getText('t').toString()).toBe(a.getText('t').toString());
  });

  it('loads a live document from a snapshot and the rows after it', () => {
    const { a, log } = twoPeopleLog(2 * REPLAY_ROWS_PER_TRANSACTION + 2);
    const half = log.length / 2;
    const base = new Y.Doc();
    for (const u of log.slice(0, half)) Y.applyUpdate(base, u);
    const rows = log.slice(half).map((update, i) => ({ seq: half + i + 1, update }));
    const live = new LiveDocument('document:x', { snapshot: Y.encodeStateAsUpdate(base), snapshotSeq: half, rows, lastSeq: log.length }, async () => new Map());
    expect(live.seq).toBe(log.length);
    expect(live.ydoc.getArray('n').toJSON()).toEqual(a.getArray('n').toJSON());
    live.destroy();
  });
});

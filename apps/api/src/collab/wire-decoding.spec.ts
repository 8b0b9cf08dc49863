import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { isWellFormedAwarenessUpdate, isWellFormedStateVector } from './wire-decoding';

const withExtraByte = (bytes: Uint8Array) => new Uint8Array([...bytes, 7]);

describe('strict decoding of binary payload fields', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'verbale');
  const other = new Y.Doc();
  other.getText('t').insert(0, 'altro');
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));

  it('accepts the state vectors Yjs writes, the empty one included, and nothing around them', () => {
    const sv = Y.encodeStateVector(doc);
    expect(isWellFormedStateVector(sv)).toBe(true);
    expect(isWellFormedStateVector(Y.encodeStateVector(new Y.Doc()))).toBe(true);
    expect(isWellFormedStateVector(withExtraByte(sv))).toBe(false);
    expect(isWellFormedStateVector(sv.subarray(0, sv.length - 1))).toBe(false);
    // A count of twenty pairs, then bytes that all say "more follows": no integer ever ends.
    expect(isWellFormedStateVector(new Uint8Array([20, ...new Array(39).fill(0x80)]))).toBe(false);
  });

  it('accepts the awareness updates y-protocols writes and refuses trailing bytes, cut ends and states that are not JSON', () => {
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { id: 'u1', name: 'Anna', organisation: 'Caritas', color: '#0066cc' } });
    const update = encodeAwarenessUpdate(awareness, [doc.clientID]);
    expect(isWellFormedAwarenessUpdate(update)).toBe(true);
    expect(isWellFormedAwarenessUpdate(withExtraByte(update))).toBe(false);
    expect(isWellFormedAwarenessUpdate(update.subarray(0, update.length - 2))).toBe(false);
    // One client (id 1, clock 1) whose state is the three characters `{x}`.
    expect(isWellFormedAwarenessUpdate(new Uint8Array([1, 1, 1, 3, 0x7b, 0x78, 0x7d]))).toBe(false);
    awareness.destroy();
  });
});

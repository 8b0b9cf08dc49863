import * as Y from 'yjs';

/** Origin of what one copy receives from the other, as a session marks what comes from the server. */
export const REMOTE = { name: 'remote' } as const;

/** Sends each copy what the other lacks: two people's edits made apart (offline, or at the same instant) meet. */
export function exchange(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, REMOTE);
  Y.applyUpdate(a, toA, REMOTE);
}

/** Two copies of one document kept in sync at each change, as two browsers on the same server are. */
export function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(b, update, REMOTE));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(a, update, REMOTE));
  return [a, b];
}

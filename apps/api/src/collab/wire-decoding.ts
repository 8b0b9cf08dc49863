import * as decoding from 'lib0/decoding';

/**
 * Strict checks of the binary fields whose Yjs readers are lenient: they stop reading where the structure ends and
 * ignore what follows, so that about one random 40-byte string in twenty-five passed as a state vector and one
 * random 30-byte string in three hundred as an awareness update. A payload is well formed only if its structure
 * reads to the last byte.
 */

/** A count, then that many entries read by `readEntry`, and nothing after them. */
function readsToEnd(bytes: Uint8Array, readEntry: (decoder: decoding.Decoder) => void): boolean {
  try {
    const decoder = decoding.createDecoder(bytes);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) readEntry(decoder);
    return !decoding.hasContent(decoder);
  } catch {
    return false;
  }
}

/** A state vector: (client id, clock) pairs of variable-length unsigned integers. */
export function isWellFormedStateVector(bytes: Uint8Array): boolean {
  return readsToEnd(bytes, (decoder) => {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  });
}

/** An awareness update (y-protocols): per client its id, clock and state as a JSON string. */
export function isWellFormedAwarenessUpdate(bytes: Uint8Array): boolean {
  return readsToEnd(bytes, (decoder) => {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  });
}

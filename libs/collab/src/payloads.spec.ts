import { docIdOf, parseDocId } from './doc-id';
import { joinPayloadSchema, updatePayloadSchema } from './payloads';

const id = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

describe('document ids', () => {
  it('round-trips kind and entity', () => {
    expect(parseDocId(docIdOf('minutes', id))).toEqual({ kind: 'minutes', entityId: id });
    expect(parseDocId(`action-plan:${id}`)).toEqual({ kind: 'action-plan', entityId: id });
  });
  it('refuses unknown kinds, bad uuids and non-strings', () => {
    expect(parseDocId(`folder:${id}`)).toBeNull();
    expect(parseDocId('document:1234')).toBeNull();
    expect(parseDocId(`document:${id}:extra`)).toBeNull();
    expect(parseDocId(42 as unknown as string)).toBeNull();
  });
});

describe('payload validation', () => {
  it('accepts Uint8Array and ArrayBuffer binaries and turns both into Uint8Array', () => {
    const fromBuffer = joinPayloadSchema.parse({ docId: `document:${id}`, stateVector: new Uint8Array([0]).buffer });
    expect(fromBuffer.stateVector).toBeInstanceOf(Uint8Array);
    expect(updatePayloadSchema.parse({ docId: `document:${id}`, msgId: 'm1', update: new Uint8Array([1, 2]) }).update).toEqual(new Uint8Array([1, 2]));
  });
  it('refuses wrong types and missing fields', () => {
    expect(updatePayloadSchema.safeParse({ docId: `document:${id}`, msgId: '', update: new Uint8Array([1]) }).success).toBe(false);
    expect(updatePayloadSchema.safeParse({ docId: `document:${id}`, msgId: 'x', update: 'text' }).success).toBe(false);
    expect(joinPayloadSchema.safeParse({ docId: 'nope', stateVector: new Uint8Array() }).success).toBe(false);
    expect(joinPayloadSchema.safeParse(null).success).toBe(false);
  });
});

/** Fields never written to the trail, whatever the caller passes: credentials and anything derived from them. */
const SECRET = /password|secret|token/i;

export type AuditFields = Record<string, unknown>;

/** Texts longer than this (an approved verbale's text) are stored as their length: the record itself holds them. */
const LONG_TEXT = 500;

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);
const stored = (value: unknown): unknown => (typeof value === 'string' && value.length > LONG_TEXT ? { textLength: value.length } : plain(value));
const same = (a: unknown, b: unknown) => JSON.stringify(plain(a) ?? null) === JSON.stringify(plain(b) ?? null);

/** `fields` without secrets, with dates as ISO strings (as the API shows them) and long texts as their length. */
export function withoutSecrets(fields: AuditFields | null | undefined): AuditFields | null {
  if (!fields) return null;
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key, value]) => !SECRET.test(key) && value !== undefined)
      .map(([key, value]) => [key, stored(value)]),
  );
}

/**
 * The fields that `changes` really changes on `current`, as the trail's before and after: keys left undefined or
 * set to the value they already had are left out, so an entry shows only what moved.
 */
export function changedFields(current: object, changes: object): { before: AuditFields; after: AuditFields } {
  const before: AuditFields = {};
  const after: AuditFields = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const was = (current as AuditFields)[key];
    if (same(was, value)) continue;
    before[key] = was ?? null;
    after[key] = value;
  }
  return { before, after };
}

/** The listed fields of `row`: what a created or deleted record looked like. */
export function pick(row: object, keys: readonly string[]): AuditFields {
  return Object.fromEntries(keys.map((key) => [key, (row as AuditFields)[key] ?? null]));
}

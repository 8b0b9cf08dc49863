/**
 * JSON Canonicalization Scheme (RFC 8785): the one serialisation of a value that every party can recompute, so that
 * a SHA-256 over it identifies the content rather than the formatting. JCS is defined on top of ECMAScript's own
 * JSON rules: strings and numbers serialise exactly as `JSON.stringify` writes them (shortest round-trip numbers,
 * minimal escapes), and object members are sorted by their keys' UTF-16 code units, which is what the default
 * `Array.prototype.sort` compares. Written here rather than imported because it is this short and a legal record's
 * hash should not depend on a third party's release.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class NotCanonicalisableError extends Error {}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // NaN and the infinities have no JSON form: refusing them beats hashing a silent `null`.
    if (!Number.isFinite(value)) throw new NotCanonicalisableError(`Not a finite number: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // Dates, Maps, class instances... would each need a rule of their own: the caller converts them first.
  throw new NotCanonicalisableError(`Not a JSON value: ${Object.prototype.toString.call(value)}`);
}

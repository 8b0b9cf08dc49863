/**
 * Malformed input for the route walk: a plausible body built from the route's OpenAPI schema, then that body
 * spoiled one field at a time (so that every other field is valid and the bad one travels as far as it can),
 * whole bodies of the wrong kind, and bad query strings. Choices come from a seeded generator: a failure
 * replays exactly.
 */

export type JsonSchema = {
  type?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** mulberry32: small, fast and good enough to pick cases reproducibly. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export type IdFor = (fieldName: string) => string;

const FUTURE = new Date(Date.now() + 30 * 86_400_000);
FUTURE.setUTCHours(9, 0, 0, 0);

function sampleString(schema: JsonSchema, name: string, idFor: IdFor): string {
  if (schema.format === 'uuid') return idFor(name);
  if (schema.format === 'date-time' || /At$/.test(name)) return /^(arrived|left)At$/.test(name) ? '10:30' : FUTURE.toISOString();
  if (schema.format === 'date' || /(On|date|Date)$/.test(name)) return '2026-03-10';
  if (schema.format === 'email' || /email/i.test(name)) return 'fuzz@example.org';
  if (/url|website/i.test(name)) return 'https://example.org/pagina';
  if (/phone/i.test(name)) return '+39 0372 407111';
  if (/password/i.test(name)) return 'fuzz-password-2026';
  if (/token/i.test(name)) return 'A'.repeat(43);
  if (name === 'code') return 'fuzz_code';
  if (/^fiscalCode$/.test(name)) return '80002150196';
  if (/^vatNumber$/.test(name)) return '00297960197';
  const text = 'Valore di prova';
  return text.padEnd(schema.minLength ?? 0, '.').slice(0, schema.maxLength ?? text.length);
}

/** A value the schema accepts as far as the schema can say (cross-field rules may still refuse it). */
export function sample(schema: JsonSchema | undefined, name: string, idFor: IdFor): unknown {
  if (!schema) return null;
  const choice = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choice?.length) return sample(choice.find((s) => s.type !== 'null') ?? choice[0], name, idFor);
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (schema.type) {
    case 'string':
      return sampleString(schema, name, idFor);
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? 10);
    case 'boolean':
      return false;
    case 'array':
      return (schema.minItems ?? 1) > 0 ? [sample(schema.items, name, idFor)] : [];
    case 'object':
    default: {
      if (!schema.properties) return {};
      return Object.fromEntries(Object.entries(schema.properties).map(([key, s]) => [key, sample(s, key, idFor)]));
    }
  }
}

const HUGE = 'x'.repeat(200_000);

/** What a field may receive instead of what it expects: always the text and date defects, then some of the rest. */
export function badValues(valid: unknown): { always: unknown[]; some: unknown[] } {
  const asText = typeof valid === 'string' ? valid : 'testo';
  return {
    always: [`${asText}\u0000`, '2024-02-31', typeof valid === 'string' ? 12 : 'x'],
    some: [
      `\u0000${asText}`,
      `${asText}\u001b`,
      `${asText}\ud800`,
      '2024-13-45',
      '0000-01-01',
      '9999-99-99T99:99:99Z',
      HUGE,
      '',
      -1,
      0,
      1e9,
      1e308,
      -1e308,
      1.5,
      true,
      null,
      [],
      [asText, asText],
      {},
      { '\u0000': 1 },
      [null],
    ],
  };
}

/** Bodies that are wrong as a whole, sent as JSON; `refused` when no route may accept them. */
export const WRONG_BODIES: { label: string; raw: string; refused: boolean }[] = [
  { label: 'array', raw: '[]', refused: true },
  { label: 'array of objects', raw: '[{"name":"a"}]', refused: true },
  { label: 'string', raw: '"testo"', refused: true },
  { label: 'null', raw: 'null', refused: true },
  { label: 'number', raw: '42', refused: true },
  { label: 'malformed JSON', raw: '{"name": ', refused: true },
  { label: 'deep nesting', raw: `${'['.repeat(5000)}${']'.repeat(5000)}`, refused: true },
  // Objects: a route whose fields are all optional may take them as an empty change.
  { label: 'empty object', raw: '{}', refused: false },
  { label: 'NUL key', raw: '{"\\u0000": "\\u0000"}', refused: false },
  { label: 'prototype keys', raw: '{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}', refused: false },
];

/** The same valid-looking body under content types the route does not expect. */
export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
  'text/csv',
  '',
];

/** A CSV that no import should choke on: NUL bytes, invalid UTF-8, a control character, an unclosed quote. */
export const BAD_CSV = Buffer.concat([
  Buffer.from('nome;tipo;note\n"Caritas\u0000";aps;"riga\u0007"\n'),
  Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a]),
  Buffer.from('"aperta;aps;\n'),
]);

/** Query values for any parameter: NUL, control characters, bad numbers and dates, arrays and objects. */
export const BAD_QUERY_VALUES = [
  'a%00b',
  '%00',
  '%1B',
  '%ED%A0%80',
  '%E0%A4%A',
  '-1',
  '0',
  '1e9',
  '1e309',
  'NaN',
  '2024-02-31',
  '2024-02-31T10:00:00Z',
  'true%00',
  `${'x'.repeat(5000)}`,
];

/** Query strings that are malformed in shape rather than value, for parameter `name`. */
export const badQueryShapes = (name: string) => [`${name}=a&${name}=b`, `${name}[]=x`, `${name}[a]=b`, `${name}`, `${name}=`, `${name}=%`];

/** Query parameters worth trying on every GET route, on top of those its OpenAPI documents. */
export const COMMON_QUERY_NAMES = [
  'q',
  'page',
  'pageSize',
  'spaceId',
  'meetingId',
  'organisationId',
  'from',
  'to',
  'type',
  'area',
  'comune',
  'archived',
  'includeArchived',
  'includePast',
  'overdue',
  'dryRun',
];

/** Malformed path parameter values; each must end at 4xx before reaching SQL. */
export const BAD_PATH_VALUES = [
  '%00',
  'x'.repeat(3000),
  '%E0%A4%A',
  '%ED%A0%80',
  '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f',
  '3F1C2B9E-8A4D-4C6B-9E2F-1A2B3C4D5E6F%00',
];

/** Picks `count` items from `items` reproducibly. */
export function pick<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

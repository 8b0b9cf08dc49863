import { canonicalJson, NotCanonicalisableError } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts members by UTF-16 code units, as the RFC 3.2.3 example does', () => {
    // RFC 8785 section 3.2.3: keys with characters outside the BMP and combining marks.
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // Integer-like keys are reordered by JSON.parse itself, so the order is read from the text instead.
    const order = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":"/g)].map((m) => JSON.parse(`"${m[1]}"`));
    expect(order).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(keys).toHaveLength(7);
  });

  it('writes numbers, literals and strings as the RFC 3.2.2 example does', () => {
    const input = {
      numbers: [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000f\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    };
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('nests, drops undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: undefined, a: -0 }], a: { z: null } })).toBe('{"a":{"z":null},"b":[1,{"a":0,"d":"x"}]}');
  });

  it('refuses what JSON cannot say rather than hashing something else', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(NotCanonicalisableError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(NotCanonicalisableError);
  });
});

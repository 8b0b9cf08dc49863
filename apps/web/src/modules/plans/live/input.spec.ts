import { describe, expect, it } from 'vitest';
import { formatCents, parseCents, parseInput } from './input';

describe('what a field’s text means', () => {
  it('reads euros typed the Italian way, or with a point, as integer cents', () => {
    expect(['1.234,50', '1234,5', '1234.50', '€ 1 234,50', '1.234.567', '0,05'].map((s) => parseCents(s))).toEqual([
      { ok: true, value: 123450 },
      { ok: true, value: 123450 },
      { ok: true, value: 123450 },
      { ok: true, value: 123450 },
      { ok: true, value: 123456700 },
      { ok: true, value: 5 },
    ]);
  });

  it('keeps a negative amount as a number (the schema says what is wrong with it) and refuses what is no amount', () => {
    expect(parseCents('-50')).toEqual({ ok: true, value: -5000 });
    expect(parseCents('cento')).toEqual({ ok: false, message: 'must_be_number' });
    expect(parseCents('12,345')).toEqual({ ok: false, message: 'too_many_decimals' });
  });

  it('writes cents back as euros, and treats an empty field as null or as missing', () => {
    expect(formatCents(123450)).toMatch(/^1\.?234,50$/);
    expect(formatCents(500000)).toMatch(/^5\.?000$/);
    expect(parseInput('integer', '', true)).toEqual({ ok: true, value: null });
    expect(parseInput('integer', ' ', false)).toEqual({ ok: false, message: 'required' });
    expect(parseInput('decimal', '2,5', false)).toEqual({ ok: true, value: 2.5 });
    expect(parseInput('integer', '1e3', false)).toEqual({ ok: false, message: 'must_be_number' });
    expect(parseInput('text', '', false)).toEqual({ ok: true, value: '' });
  });
});

import { z } from 'zod';
import { calendarDate, dateTime, safeString, stripUnsafeCharacters, text } from './text';

const issues = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : result.error.issues.map((i) => i.message);
};

describe('text', () => {
  const name = text().min(2, 'too_short').max(5, 'too_long');

  it('refuses control characters other than tab, CR and LF, and lone surrogates, with one issue', () => {
    expect(issues(name, 'ab\u0000')).toEqual(['control_character']);
    for (const c of ['\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f']) {
      expect({ c, result: issues(name, `ab${c}`) }).toEqual({ c, result: ['control_character'] });
    }
    expect(issues(name, 'a\ud800b')).toEqual(['invalid_character']);
    expect(issues(name, 'a\udc00b')).toEqual(['invalid_character']);
  });

  it('keeps tab, CR, LF and surrogate pairs, trims, then checks the length', () => {
    expect(issues(name, ' a\tb ')).toEqual({ value: 'a\tb' });
    expect(issues(name, 'a\r\nb')).toEqual({ value: 'a\r\nb' });
    expect(issues(name, '😀x')).toEqual({ value: '😀x' });
    expect(issues(name, '  a  ')).toEqual(['too_short']);
    expect(issues(name, 'abcdef')).toEqual(['too_long']);
  });

  it('leaves passwords and tokens untrimmed', () => {
    expect(issues(safeString(), ' secret ')).toEqual({ value: ' secret ' });
    expect(issues(safeString(), 'sec\u0000ret')).toEqual(['control_character']);
  });

  it('strips what it refuses, for text that does not come through a form', () => {
    expect(stripUnsafeCharacters('a\u0000b\u0007c\td\ne\r\u007f\ud800f😀')).toBe('abc\td\ne\rf😀');
  });
});

describe('calendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01', '9999-12-31']) expect(issues(calendarDate(), d)).toEqual({ value: d });
  });

  it('is documented as a date', () => {
    expect(z.toJSONSchema(calendarDate(), { target: 'openapi-3.0' })).toEqual({ type: 'string', format: 'date' });
  });

  it('refuses impossible days with a single invalid_date', () => {
    for (const d of [
      '2024-02-31',
      '2024-13-45',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-00-10',
      '2024-01-00',
      '0000-01-01',
      '2024-1-1',
      '2024-01-01T00:00:00Z',
      '',
      ' 2024-01-01',
    ]) {
      expect({ d, result: issues(calendarDate(), d) }).toEqual({ d, result: ['invalid_date'] });
    }
  });
});

describe('dateTime', () => {
  it('accepts an instant with an offset on a real day', () => {
    expect(issues(dateTime(), '2024-02-29T10:00:00+01:00')).toEqual({ value: '2024-02-29T10:00:00+01:00' });
  });

  it('refuses impossible days and year 0 with a single invalid_datetime', () => {
    for (const d of ['2024-02-30T10:00:00Z', '0000-01-01T10:00:00Z', '2024-02-29', 'tomorrow']) {
      expect({ d, result: issues(dateTime(), d) }).toEqual({ d, result: ['invalid_datetime'] });
    }
  });
});

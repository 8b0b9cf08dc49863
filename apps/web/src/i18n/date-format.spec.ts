import { describe, expect, it } from 'vitest';
import { dateFormat } from './date-format';

describe('dateFormat', () => {
  it('gives the same format for the same locale and options, and formats as a new one would', () => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
    expect(dateFormat('it-IT', options)).toBe(dateFormat('it-IT', { ...options }));
    expect(dateFormat('it-IT', options).format(new Date('2026-03-05T10:00:00Z'))).toBe(
      new Intl.DateTimeFormat('it-IT', options).format(new Date('2026-03-05T10:00:00Z')),
    );
  });

  it('keeps locales and options apart', () => {
    expect(dateFormat('it-IT')).not.toBe(dateFormat('en-GB'));
    expect(dateFormat('it-IT', { month: 'long' })).not.toBe(dateFormat('it-IT', { month: 'short' }));
    expect(dateFormat('en-GB').format(new Date('2026-03-05T10:00:00Z'))).toBe(new Date('2026-03-05T10:00:00Z').toLocaleDateString('en-GB'));
  });
});

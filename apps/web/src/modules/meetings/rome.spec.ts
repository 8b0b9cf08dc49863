import { describe, expect, it } from 'vitest';
import { clock, isoToRome, itemElapsed, moved, romeToIso } from './rome';

describe('Rome wall clock in the browser', () => {
  it('reads typed dates and times as Rome time in winter and summer', () => {
    expect(romeToIso('2026-12-03', '17:30')).toBe('2026-12-03T16:30:00.000Z');
    expect(romeToIso('2026-06-10', '17:30')).toBe('2026-06-10T15:30:00.000Z');
    expect(romeToIso('2027-03-28', '10:00')).toBe('2027-03-28T08:00:00.000Z');
    expect(romeToIso('2026-13-03', '17:30')).toBeNull();
    expect(romeToIso('2026-12-03', '')).toBeNull();
  });

  it('shows instants back as the date and time that were typed', () => {
    expect(isoToRome('2026-12-03T16:30:00.000Z')).toEqual({ date: '2026-12-03', time: '17:30' });
    expect(isoToRome('2026-12-31T23:30:00.000Z')).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});

describe('run mode timer', () => {
  it('formats seconds as a clock', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(605.9)).toBe('10:05');
    expect(clock(3725)).toBe('1:02:05');
  });

  it('measures elapsed time on the server clock, whatever the browser clock says', () => {
    const serverNow = '2026-12-03T16:40:00.000Z';
    // The browser's clock is an hour ahead; 30 s have passed since the state arrived.
    const receivedAt = Date.parse('2026-12-03T17:40:00.000Z');
    expect(itemElapsed(120, '2026-12-03T16:35:00.000Z', serverNow, receivedAt, receivedAt + 30_000)).toBe(120 + 300 + 30);
    expect(itemElapsed(120, null, serverNow, receivedAt, receivedAt)).toBe(120);
  });

  it('moves an item in a list', () => {
    expect(moved(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });
});

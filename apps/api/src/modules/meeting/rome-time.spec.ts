import { romeClock, romeDate, romeInstantOn } from './rome-time';

describe('Europe/Rome wall clock', () => {
  it('turns a typed hh:mm into the right instant in winter and in summer', () => {
    expect(romeInstantOn(new Date('2026-12-03T16:30:00Z'), '17:45').toISOString()).toBe('2026-12-03T16:45:00.000Z');
    expect(romeInstantOn(new Date('2026-06-10T15:00:00Z'), '17:45').toISOString()).toBe('2026-06-10T15:45:00.000Z');
    // The day is Rome's: 23:30 UTC on 31 December is already 1 January in Rome.
    expect(romeInstantOn(new Date('2026-12-31T23:30:00Z'), '09:00').toISOString()).toBe('2027-01-01T08:00:00.000Z');
    // The Sunday the clocks go forward: 10:00 is already summer time.
    expect(romeInstantOn(new Date('2027-03-28T08:00:00Z'), '10:00').toISOString()).toBe('2027-03-28T08:00:00.000Z');
  });

  it('reads instants back as Rome clock and calendar', () => {
    expect(romeClock(new Date('2026-12-03T16:05:00Z'))).toBe('17:05');
    expect(romeClock(new Date('2026-07-03T22:30:00Z'))).toBe('00:30');
    expect(romeDate(new Date('2026-07-03T22:30:00Z'))).toBe('2026-07-04');
  });
});

import { quorumOf } from './attendance.service';
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

describe('quorum', () => {
  const entries = (present: number, total: number, perOrg = 1) =>
    Array.from({ length: total * perOrg }, (_, i) => ({
      organisationId: `org-${Math.floor(i / perOrg)}`,
      status: Math.floor(i / perOrg) < present ? ('present' as const) : ('absent' as const),
    }));

  it('counts organisations, not people, and delegations as presence', () => {
    expect(quorumOf({ quorumKind: 'majority', quorumValue: null }, entries(2, 4, 3))).toEqual({
      rule: 'majority',
      required: 3,
      organisationsPresent: 2,
      organisationsTotal: 4,
      reached: false,
    });
    const delegated = [...entries(2, 4), { organisationId: 'org-3', status: 'delegated' as const }];
    expect(quorumOf({ quorumKind: 'majority', quorumValue: null }, delegated)).toMatchObject({ organisationsPresent: 3, reached: true });
  });

  it('applies fraction and fixed-count rules, and says nothing without a rule', () => {
    expect(quorumOf({ quorumKind: 'fraction', quorumValue: 2 / 3 }, entries(6, 9))).toMatchObject({ required: 6, reached: true });
    expect(quorumOf({ quorumKind: 'fraction', quorumValue: 0.5 }, entries(2, 5))).toMatchObject({ required: 3, reached: false });
    expect(quorumOf({ quorumKind: 'count', quorumValue: 4 }, entries(4, 10))).toMatchObject({ rule: 'count:4', required: 4, reached: true });
    expect(quorumOf({ quorumKind: null, quorumValue: null }, entries(1, 3))).toEqual({
      rule: null,
      required: null,
      organisationsPresent: 1,
      organisationsTotal: 3,
      reached: null,
    });
  });
});

import { quorumOf } from './attendance.service';

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

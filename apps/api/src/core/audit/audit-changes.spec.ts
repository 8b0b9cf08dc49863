import { changedFields, pick, withoutSecrets } from './audit-changes';

describe('what an audit entry keeps of a change', () => {
  it('keeps only the fields whose value moves, with the value before and after', () => {
    const current = { name: 'APS Casa Comune', type: 'aps', comuni: ['Cremona'], archivedAt: null, notes: null };
    expect(changedFields(current, { name: 'APS Casa Comune', type: 'odv', comuni: ['Cremona', 'Crema'], notes: undefined })).toEqual({
      before: { type: 'aps', comuni: ['Cremona'] },
      after: { type: 'odv', comuni: ['Cremona', 'Crema'] },
    });
  });

  it('compares dates by instant, and writes a field that was missing as null before', () => {
    const at = new Date('2026-03-02T10:00:00.000Z');
    expect(changedFields({ startsAt: at }, { startsAt: new Date(at.getTime()), leftOn: '2026-03-03' })).toEqual({
      before: { leftOn: null },
      after: { leftOn: '2026-03-03' },
    });
  });

  it('drops credentials whatever the caller passes, and stores dates and long texts in a readable form', () => {
    const stored = withoutSecrets({
      name: 'Laura',
      passwordHash: '$argon2id$v=19$...',
      tokenHash: 'abc',
      currentPassword: 'correct horse',
      clientSecret: 'x',
      disabledAt: new Date('2026-03-02T10:00:00.000Z'),
      approvedMinutesText: 'x'.repeat(501),
      shortText: 'y'.repeat(500),
      skipped: undefined,
    });
    expect(stored).toEqual({ name: 'Laura', disabledAt: '2026-03-02T10:00:00.000Z', approvedMinutesText: { textLength: 501 }, shortText: 'y'.repeat(500) });
    expect(withoutSecrets(null)).toBeNull();
  });

  it('picks the listed fields of a created record, missing ones as null', () => {
    expect(pick({ id: '1', role: 'member', personId: 'p' }, ['role', 'personId', 'joinedOn'])).toEqual({ role: 'member', personId: 'p', joinedOn: null });
  });
});

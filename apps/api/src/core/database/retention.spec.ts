import { loadRetention, retentionCutoff } from './retention';

describe('retention settings', () => {
  it('keeps the audit trail ten years, delivered outbox messages 30 days and finished jobs 14 days by default', () => {
    expect(loadRetention({})).toEqual({ auditDays: 3650, outboxDays: 30, jobDays: 14 });
    expect(loadRetention({ AUDIT_RETENTION_DAYS: '', OUTBOX_RETENTION_DAYS: '' })).toEqual({ auditDays: 3650, outboxDays: 30, jobDays: 14 });
  });

  it('reads each setting from its variable', () => {
    expect(loadRetention({ AUDIT_RETENTION_DAYS: '4000', OUTBOX_RETENTION_DAYS: '7', JOB_RETENTION_DAYS: '2' })).toEqual({
      auditDays: 4000,
      outboxDays: 7,
      jobDays: 2,
    });
  });

  it('stops on a value that is not a whole number of days, naming the variable', () => {
    expect(() => loadRetention({ AUDIT_RETENTION_DAYS: 'forever' })).toThrow(/AUDIT_RETENTION_DAYS/);
    expect(() => loadRetention({ JOB_RETENTION_DAYS: '0' })).toThrow(/JOB_RETENTION_DAYS/);
    expect(() => loadRetention({ OUTBOX_RETENTION_DAYS: '1.5' })).toThrow(/OUTBOX_RETENTION_DAYS/);
  });

  it('puts the cutoff the given number of whole days before now', () => {
    expect(retentionCutoff(3650, new Date('2036-01-01T00:00:00.000Z')).toISOString()).toBe('2026-01-03T00:00:00.000Z');
  });
});

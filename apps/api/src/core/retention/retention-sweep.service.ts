import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService } from '../audit/audit.service';
import { RETENTION, type Retention, retentionCutoff } from '../database/retention';
import { Outbox } from '../events/outbox.service';
import { JobQueue } from '../jobs/job-queue.service';
import { LOGGER } from '../logging/logging.module';

export const RETENTION_SWEEP_JOB = 'retention.purge';

export interface RetentionSweepReport {
  outboxDeleted: number;
  auditDeleted: number;
  /** Queues whose pg-boss retention did not match the settings and was brought back to them. */
  queuesAdjusted: string[];
}

/**
 * The daily retention pass (see the README, *Audit trail and retention*), a scheduled job that runs on one instance
 * whatever the number running: relayed outbox events past OUTBOX_RETENTION_DAYS and audit entries past
 * AUDIT_RETENTION_DAYS are deleted, and every queue's pg-boss retention is checked against JOB_RETENTION_DAYS (pg-boss's
 * own maintenance then deletes the finished jobs past it). Rows still waiting are never touched.
 */
@Injectable()
export class RetentionSweep {
  constructor(
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    @Inject(RETENTION) private readonly retention: Retention,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    // At night, Rome time, away from the hourly digest and the morning reminders.
    jobs.define({ name: RETENTION_SWEEP_JOB, cron: '40 3 * * *', singleton: true, retryLimit: 2, batchSize: 1, handler: () => this.run() });
  }

  async run(now = new Date()): Promise<RetentionSweepReport> {
    const report = {
      outboxDeleted: await this.outbox.purgeRelayedBefore(retentionCutoff(this.retention.outboxDays, now)),
      auditDeleted: await this.audit.purgeExpiredAuditEntries(now),
      queuesAdjusted: await this.jobs.enforceRetention(),
    };
    this.logger.info(report, 'retention sweep done');
    return report;
  }
}

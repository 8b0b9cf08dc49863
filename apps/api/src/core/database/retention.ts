import { z } from 'zod';

/** The injection token of the `Retention` read at start-up (provided by the audit trail's module, which is global). */
export const RETENTION = Symbol('RETENTION');

const days = (fallback: number) => z.coerce.number().int().min(1).max(36_500).default(fallback);

const retentionSchema = z.object({
  // Minutes, plans and their approvals are legal records kept for ten years; their trail is kept as long.
  AUDIT_RETENTION_DAYS: days(3650),
  // Delivered or dead messages only: a message still pending is never purged, whatever its age.
  OUTBOX_RETENTION_DAYS: days(30),
  // Completed or failed jobs only; a job still queued or running is never purged.
  JOB_RETENTION_DAYS: days(14),
});

/** How long each kind of bookkeeping row is kept, in days, after which its purge may delete it. */
export interface Retention {
  auditDays: number;
  outboxDays: number;
  jobDays: number;
}

/** Reads the retention settings (see the README); a wrong value stops start-up with its name. */
export function loadRetention(env: NodeJS.ProcessEnv = process.env): Retention {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = retentionSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  return { auditDays: e.AUDIT_RETENTION_DAYS, outboxDays: e.OUTBOX_RETENTION_DAYS, jobDays: e.JOB_RETENTION_DAYS };
}

/** The instant before which rows kept `retentionDays` may go. */
export const retentionCutoff = (retentionDays: number, now: Date): Date => new Date(now.getTime() - retentionDays * 86_400_000);

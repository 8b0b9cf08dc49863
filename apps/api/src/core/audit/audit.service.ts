import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { RETENTION, type Retention, retentionCutoff } from '../database/retention';
import { TxHost } from '../database/transaction';
import type { AuditEntryEntity } from './audit-entry.entity';
import { type AuditFields, withoutSecrets } from './audit-changes';
import { type AuditFilter, AuditRepository } from './audit.repository';

export interface AuditRecord {
  /** Who: null for the system itself (a scheduled job, the projection of a document). */
  actor: Pick<Actor, 'user'> | { user: { id: string } } | null;
  /** What, as `<entity>.<verb>`: `organisation.update`, `meeting.close`. */
  action: string;
  entity: string;
  entityId: string | null;
  /** The changed fields only, before and after; secrets are dropped whatever the caller passes. */
  before?: AuditFields | null;
  after?: AuditFields | null;
  /** Anything else the entry needs to be understood later (the rows of an import, the records kept by an erasure). */
  details?: AuditFields;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: AuditFields | null;
  after: AuditFields | null;
  details: AuditFields;
}

/**
 * The audit trail. `record` writes inside the current transaction (see `TxHost`): the entry commits with the change
 * it describes, or rolls back with it.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly txHost: TxHost,
    @Inject(RETENTION) private readonly retention: Retention,
  ) {}

  /**
   * Runs `write` and records what `describe` says of its result (nothing when it says null: nothing changed), in one transaction (the caller's, when one is open):
   * the change and its entry commit together or not at all.
   */
  change<T>(write: () => Promise<T>, describe: (result: T) => AuditRecord | null): Promise<T> {
    return this.txHost.withTransaction(async () => {
      const result = await write();
      const entry = describe(result);
      if (entry) await this.record(entry);
      return result;
    });
  }

  async record(entry: AuditRecord): Promise<void> {
    const before = withoutSecrets(entry.before);
    const after = withoutSecrets(entry.after);
    await this.entries.add({
      actorId: entry.actor?.user.id ?? null,
      action: entry.action,
      entityType: entry.entity,
      entityId: entry.entityId,
      details: { ...withoutSecrets(entry.details), ...(before ? { before } : {}), ...(after ? { after } : {}) },
    });
  }

  /** Erasure: the record's entries keep which fields changed, who and when, but lose the values before and after. */
  forgetValues(entityType: string, entityId: string): Promise<void> {
    return this.entries.forgetValues(entityType, entityId);
  }

  forEntity(entityType: string, entityId: string): Promise<AuditEntryEntity[]> {
    return this.entries.latestForEntity(entityType, entityId, 200);
  }

  /** A page of the trail, newest first, each entry with its actor's name and its before/after split out. */
  async list(filter: AuditFilter): Promise<{ items: AuditEntryView[]; total: number }> {
    const { items, total } = await this.entries.list(filter);
    const names = await this.entries.actorNames(items.flatMap((e) => (e.actorId ? [e.actorId] : [])));
    return {
      total,
      items: items.map((e) => {
        const { before = null, after = null, ...details } = e.details as { before?: AuditFields; after?: AuditFields };
        return {
          id: e.id,
          at: e.at.toISOString(),
          actorId: e.actorId,
          actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
          action: e.action,
          entity: e.entityType,
          entityId: e.entityId,
          before,
          after,
          details,
        };
      }),
    };
  }

  /**
   * The audit purge: deletes the entries recorded more than `retentionDays` (AUDIT_RETENTION_DAYS, ten years by
   * default) before `now` and returns how many went. Meant to run daily as a scheduled job; nothing else deletes
   * audit entries.
   */
  purgeExpiredAuditEntries(now = new Date(), retentionDays = this.retention.auditDays): Promise<number> {
    return this.entries.deleteBefore(retentionCutoff(retentionDays, now));
  }
}

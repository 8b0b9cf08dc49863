import { Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import { UserEntity } from '../identity/user.entity';
import { TxHost } from '../database/transaction';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** The audit trail's table: writes join the caller's transaction, so that an entry commits with its change or not at all. */
@Injectable()
export class AuditRepository {
  constructor(private readonly txHost: TxHost) {}

  private get entries() {
    return this.txHost.tx.getRepository(AuditEntryEntity);
  }

  async add(entry: Pick<AuditEntryEntity, 'actorId' | 'action' | 'entityType' | 'entityId' | 'details'>): Promise<void> {
    await this.entries.save(this.entries.create(entry));
  }

  async forgetValues(entityType: string, entityId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE audit_log
          SET details = (details - 'before' - 'after') || jsonb_build_object('changedFields', (
                SELECT coalesce(jsonb_agg(DISTINCT k ORDER BY k), '[]'::jsonb)
                  FROM (SELECT jsonb_object_keys(coalesce(details->'before', '{}'::jsonb)) AS k
                        UNION SELECT jsonb_object_keys(coalesce(details->'after', '{}'::jsonb))) AS keys))
        WHERE entity_type = $1 AND entity_id = $2 AND (details ? 'before' OR details ? 'after')`,
      [entityType, entityId],
    );
  }

  latestForEntity(entityType: string, entityId: string, limit: number): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: { entityType, entityId }, order: { at: 'DESC', id: 'DESC' }, take: limit });
  }

  /** Newest first; `to` is exclusive so that consecutive windows do not overlap. */
  async list(filter: AuditFilter): Promise<{ items: AuditEntryEntity[]; total: number }> {
    const qb = this.entries.createQueryBuilder('a');
    if (filter.entity) qb.andWhere('a.entity_type = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.from) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.at < :to', { to: filter.to });
    const [items, total] = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** The names of the accounts that acted, for the listing (an erased account reads as its anonymised name). */
  async actorNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await this.txHost.tx.getRepository(UserEntity).find({ where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  /** Deletes the entries recorded before `cutoff`; returns how many. */
  async deleteBefore(cutoff: Date): Promise<number> {
    const result = await this.entries.delete({ at: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}

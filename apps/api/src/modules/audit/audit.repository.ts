import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Inside `tx` when given, so that the entry commits with the change it records. */
  async add(entry: Pick<AuditEntryEntity, 'actorId' | 'action' | 'entityType' | 'entityId' | 'details'>, tx?: EntityManager): Promise<void> {
    const repo = tx ? tx.getRepository(AuditEntryEntity) : this.entries;
    await repo.save(repo.create(entry));
  }

  latestForEntity(entityType: string, entityId: string, limit: number): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: { entityType, entityId }, order: { at: 'DESC' }, take: limit });
  }
}

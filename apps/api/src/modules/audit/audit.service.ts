import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AuditEntryEntity } from './audit-entry.entity';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Records an action; pass the transaction's manager so that the entry commits with the change. */
  async record(actor: Actor, action: string, entityType: string, entityId: string | null, details: Record<string, unknown> = {}, tx?: EntityManager) {
    const repo = tx ? tx.getRepository(AuditEntryEntity) : this.entries;
    await repo.save(repo.create({ actorId: actor.user.id, action, entityType, entityId, details }));
  }

  forEntity(entityType: string, entityId: string): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: { entityType, entityId }, order: { at: 'DESC' }, take: 200 });
  }
}

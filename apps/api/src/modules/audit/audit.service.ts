import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import type { AuditEntryEntity } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';

@Injectable()
export class AuditService {
  constructor(private readonly entries: AuditRepository) {}

  /** Records an action; pass the transaction's manager so that the entry commits with the change. */
  async record(actor: Actor, action: string, entityType: string, entityId: string | null, details: Record<string, unknown> = {}, tx?: EntityManager) {
    await this.entries.add({ actorId: actor.user.id, action, entityType, entityId, details }, tx);
  }

  forEntity(entityType: string, entityId: string): Promise<AuditEntryEntity[]> {
    return this.entries.latestForEntity(entityType, entityId, 200);
  }
}

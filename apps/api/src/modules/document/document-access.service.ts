import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import type { AccessDecision } from '../../collab';
import { DocumentEntity } from './document.entity';

/**
 * Who may open a space's document: its facilitators and members write, observers read, and in a space
 * open to the whole network every account reads. Archived documents are read-only for everyone.
 */
@Injectable()
export class DocumentAccessService {
  constructor(
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    private readonly access: AccessService,
  ) {}

  async decide(actor: Actor, documentId: string): Promise<AccessDecision> {
    const doc = await this.documents.findOne({ where: { id: documentId }, relations: { space: true } });
    if (!doc?.space) return 'not_found';
    const canSee = await this.access.canSeeSpace(actor, doc.space);
    if (!canSee) return 'not_found';
    const writer = this.access.isAdmin(actor) || (await this.access.hasSpaceRole(actor, doc.spaceId, 'member'));
    return writer && !doc.archivedAt && !doc.space.archivedAt ? 'write' : 'read';
  }
}

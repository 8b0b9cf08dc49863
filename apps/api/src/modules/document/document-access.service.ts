import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DOCUMENT_RIGHTS, type SharedDocument } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import type { AccessDecision } from '../../collab';
import { DocumentEntity } from './document.entity';

/**
 * Who may open a space's document, registered as `document.read`, `document.write` and `document.archive`: its
 * facilitators and members write, observers read, and in a space open to the whole network every account reads.
 * Archived documents (or documents of an archived space) are read-only for everyone. The collaborative kind's access
 * asks the same rules.
 */
@Injectable()
export class DocumentAccessService implements OnModuleInit {
  constructor(
    @InjectRepository(DocumentEntity) private readonly documents: Repository<DocumentEntity>,
    private readonly access: AccessService,
  ) {}

  onModuleInit() {
    this.access.register('document.read', {
      denied: 'You cannot see this document',
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.read', () => true),
    });
    this.access.register('document.write', {
      denied: 'You can read this document but not change it',
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.contribute', (d) => !d.archivedAt && !d.space?.archivedAt),
    });
    this.access.register('document.archive', {
      denied: "Only the space's facilitators and administrators can do this",
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.manage', () => true),
    });
  }

  async decide(actor: Actor, documentId: string): Promise<AccessDecision> {
    if (!(await this.access.allowed(actor, 'document.read', [documentId])).has(documentId)) return 'not_found';
    return (await this.access.allowed(actor, 'document.write', [documentId])).has(documentId) ? 'write' : 'read';
  }

  can(actor: Actor, ids: readonly string[]): Promise<Map<string, SharedDocument['can']>> {
    return this.access.can(actor, DOCUMENT_RIGHTS, ids);
  }

  /** The documents among `ids` whose space grants `spaceRight` and that pass `also`: one query, plus the space rule's. */
  private async bySpace(
    actor: Actor,
    ids: readonly string[],
    spaceRight: 'space.read' | 'space.contribute' | 'space.manage',
    also: (d: DocumentEntity) => boolean,
  ) {
    const docs = await this.documents.find({ where: { id: In([...ids]) }, relations: { space: true } });
    const granted = await this.access.allowed(
      actor,
      spaceRight,
      docs.map((d) => d.spaceId),
    );
    return new Set(docs.filter((d) => d.space && granted.has(d.spaceId) && also(d)).map((d) => d.id));
  }
}

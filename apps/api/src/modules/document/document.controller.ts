import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { documentCreateSchema, documentRoutes, documentUpdateSchema, namedVersionSchema, wholePage } from '@cantiere/domain';
import type { DocumentCreate, DocumentUpdate } from '@cantiere/domain';
import type { CollabVersionEntity } from '../../collab';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toDocument } from './document.mapper';
import { DocumentService } from './document.service';

const idPipe = new UuidParamPipe('Document');
const versionPipe = new UuidParamPipe('Version');
const listQuery = documentRoutes.list.query;
const toVersion = (v: CollabVersionEntity) => ({
  id: v.id,
  seq: v.seq,
  kind: v.kind,
  name: v.name,
  createdAt: v.createdAt.toISOString(),
  createdBy: v.createdBy,
});

/** Shared documents of a space; the body lives in Yjs (`document:<id>` over /collab), never in REST. */
@ApiTags('documents')
@Controller()
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  @Route(documentRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(documentCreateSchema)) body: DocumentCreate) {
    const { entity, can } = await this.documents.create(actor, body);
    return { document: toDocument(entity, can) };
  }

  @Route(documentRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    const rows = await this.documents.list(actor, q.spaceId, q.includeArchived === 'true');
    const can = await this.documents.can(
      actor,
      rows.map((d) => d.id),
    );
    return wholePage(rows.map((d) => toDocument(d, can.get(d.id)!)));
  }

  @Route(documentRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const { entity, can } = await this.documents.get(actor, id);
    return { document: toDocument(entity, can) };
  }

  @Route(documentRoutes.update)
  async update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(documentUpdateSchema)) body: DocumentUpdate) {
    const { entity, can } = await this.documents.update(actor, id, body);
    return { document: toDocument(entity, can) };
  }

  @Route(documentRoutes.versions)
  async versions(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return wholePage((await this.documents.versions(actor, id)).map(toVersion));
  }

  @Route(documentRoutes.nameVersion)
  async nameVersion(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(namedVersionSchema)) body: { name: string }) {
    return { version: toVersion(await this.documents.nameVersion(actor, id, body.name)) };
  }

  @Route(documentRoutes.version)
  async version(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('versionId', versionPipe) versionId: string) {
    const { version, then, now } = await this.documents.version(actor, id, versionId);
    return { version: toVersion(version), then, now };
  }

  @Route(documentRoutes.restore)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('versionId', versionPipe) versionId: string) {
    return { seq: await this.documents.restore(actor, id, versionId) };
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { documentCreateSchema, documentSchema, documentUpdateSchema, documentVersionSchema, namedVersionSchema } from '@cantiere/domain';
import type { DocumentCreate, DocumentUpdate } from '@cantiere/domain';
import type { CollabVersionEntity } from '../../collab';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { toDocument } from './document.mapper';
import { DocumentService } from './document.service';

const idPipe = new UuidParamPipe('Document');
const versionPipe = new UuidParamPipe('Version');
const listQuery = z.object({ spaceId: z.uuid({ message: 'invalid_id' }), includeArchived: z.enum(['true', 'false']).default('false') });
const toVersion = (v: CollabVersionEntity) => ({
  id: v.id,
  seq: v.seq,
  kind: v.kind,
  name: v.name,
  createdAt: v.createdAt.toISOString(),
  createdBy: v.createdBy,
});
const documentResponse = z.object({ document: documentSchema });

/** Shared documents of a space; the body lives in Yjs (`document:<id>` over /collab), never in REST. */
@ApiTags('documents')
@Controller('documents')
export class DocumentController {
  constructor(private readonly documents: DocumentService) {}

  @Post()
  @ApiOperation({ summary: 'Create a document' })
  @ApiZodBody(documentCreateSchema)
  @ApiZodResponse(201, 'Document created (members of the space); edit its body over the collaboration socket', documentResponse)
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(documentCreateSchema)) body: DocumentCreate) {
    const { entity, can } = await this.documents.create(actor, body);
    return { document: toDocument(entity, can) };
  }

  @Get()
  @ApiOperation({ summary: 'List the documents of a space' })
  @ApiQuery({ name: 'spaceId', required: true })
  @ApiZodResponse(200, 'Documents of a space, most recently changed first', z.object({ documents: z.array(documentSchema) }))
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    const rows = await this.documents.list(actor, q.spaceId, q.includeArchived === 'true');
    const can = await this.documents.can(
      actor,
      rows.map((d) => d.id),
    );
    return { documents: rows.map((d) => toDocument(d, can.get(d.id)!)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a document' })
  @ApiZodResponse(200, 'One document, with the projected plain text of its body', documentResponse)
  @ApiErrors(401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    const { entity, can } = await this.documents.get(actor, id);
    return { document: toDocument(entity, can) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, archive or restore a document' })
  @ApiZodBody(documentUpdateSchema)
  @ApiZodResponse(200, 'Renamed (writers) or archived/restored (facilitators and admins)', documentResponse)
  @ApiErrors(400, 401, 403, 404)
  async update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(documentUpdateSchema)) body: DocumentUpdate) {
    const { entity, can } = await this.documents.update(actor, id, body);
    return { document: toDocument(entity, can) };
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'List the versions of a document' })
  @ApiZodResponse(200, 'History: automatic, named and restore versions, newest first', z.object({ versions: z.array(documentVersionSchema) }))
  @ApiErrors(401, 404)
  async versions(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { versions: (await this.documents.versions(actor, id)).map(toVersion) };
  }

  @Post(':id/versions')
  @ApiOperation({ summary: 'Save a named version of a document' })
  @ApiZodBody(namedVersionSchema)
  @ApiZodResponse(201, 'A named version of the current state', z.object({ version: documentVersionSchema }))
  @ApiErrors(400, 401, 403, 404)
  async nameVersion(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(namedVersionSchema)) body: { name: string }) {
    return { version: toVersion(await this.documents.nameVersion(actor, id, body.name)) };
  }

  @Get(':id/versions/:versionId')
  @ApiOperation({ summary: 'Get one version of a document' })
  @ApiZodResponse(
    200,
    'A version read-only (HTML and text), with the current body to compare',
    z.object({ version: documentVersionSchema, then: z.object({ html: z.string(), text: z.string() }), now: z.object({ html: z.string(), text: z.string() }) }),
  )
  @ApiErrors(401, 404)
  async version(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('versionId', versionPipe) versionId: string) {
    const { version, then, now } = await this.documents.version(actor, id, versionId);
    return { version: toVersion(version), then, now };
  }

  @Post(':id/versions/:versionId/restore')
  @ApiOperation({ summary: 'Restore a version of a document' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The version is restored as a forward change that every editor receives live', z.object({ seq: z.number().int() }))
  @ApiErrors(401, 403, 404)
  async restore(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('versionId', versionPipe) versionId: string) {
    return { seq: await this.documents.restore(actor, id, versionId) };
  }
}

import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { REFERENCE_KINDS, referenceItemInputSchema, referenceItemSchema, referenceKindSchema, text } from '@cantiere/domain';
import type { ReferenceItemInput, ReferenceKind } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { KeyParamPipe } from '../../core/validation/key-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { ReferenceService, toReferenceItem } from './reference.service';

const kindPipe = new ZodValidationPipe(referenceKindSchema);
const codePipe = new KeyParamPipe('Entry', referenceItemInputSchema.shape.code);
const updateSchema = z
  .object({
    labelIt: text().min(2, 'too_short').max(120, 'too_long').optional(),
    labelEn: text().min(2, 'too_short').max(120, 'too_long').optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'empty_update' });

/** Managed lists: thematic areas and the Comuni of the district. */
@ApiTags('reference lists')
@ApiParam({ name: 'kind', enum: REFERENCE_KINDS, description: 'Which list' })
@Controller('reference-lists')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get(':kind')
  @ApiOperation({ summary: 'List the entries of a reference list' })
  @ApiZodResponse(200, 'The entries of a list (`thematic_area` or `comune`), retired ones included', z.object({ items: z.array(referenceItemSchema) }))
  @ApiErrors(400, 401)
  async list(@Param('kind', kindPipe) kind: ReferenceKind) {
    return { items: (await this.reference.list(kind)).map(toReferenceItem) };
  }

  @Post(':kind')
  @ApiOperation({ summary: 'Add an entry to a reference list' })
  @ApiZodBody(referenceItemInputSchema)
  @ApiZodResponse(201, 'Entry added (admins only)', z.object({ item: referenceItemSchema }))
  @ApiErrors(400, 401, 403, 409)
  async create(
    @CurrentActor() actor: Actor,
    @Param('kind', kindPipe) kind: ReferenceKind,
    @Body(new ZodValidationPipe(referenceItemInputSchema)) body: ReferenceItemInput,
  ) {
    return { item: toReferenceItem(await this.reference.create(actor, kind, body)) };
  }

  @Patch(':kind/:code')
  @ApiOperation({ summary: 'Rename, retire or restore a reference list entry' })
  @ApiZodBody(updateSchema)
  @ApiZodResponse(200, 'Entry renamed, retired or restored (admins only)', z.object({ item: referenceItemSchema }))
  @ApiErrors(400, 401, 403, 404)
  async update(
    @CurrentActor() actor: Actor,
    @Param('kind', kindPipe) kind: ReferenceKind,
    @Param('code', codePipe) code: string,
    @Body(new ZodValidationPipe(updateSchema)) body: z.infer<typeof updateSchema>,
  ) {
    return { item: toReferenceItem(await this.reference.update(actor, kind, code, body)) };
  }
}

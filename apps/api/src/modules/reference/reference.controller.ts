import { Body, Controller, Param } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { REFERENCE_KINDS, referenceItemInputSchema, referenceKindSchema, referenceRoutes, wholePage } from '@cantiere/domain';
import type { ReferenceItemInput, ReferenceKind } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { KeyParamPipe } from '../../core/validation/key-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { ReferenceService, toReferenceItem } from './reference.service';

const kindPipe = new ZodValidationPipe(referenceKindSchema);
const codePipe = new KeyParamPipe('Entry', referenceItemInputSchema.shape.code);
const updateSchema = referenceRoutes.update.body;

/** Managed lists: thematic areas and the Comuni of the district. */
@ApiTags('reference lists')
@ApiParam({ name: 'kind', enum: REFERENCE_KINDS, description: 'Which list' })
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Route(referenceRoutes.list)
  async list(@Param('kind', kindPipe) kind: ReferenceKind) {
    return wholePage((await this.reference.list(kind)).map(toReferenceItem));
  }

  @Route(referenceRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @Param('kind', kindPipe) kind: ReferenceKind,
    @Body(new ZodValidationPipe(referenceItemInputSchema)) body: ReferenceItemInput,
  ) {
    return { item: toReferenceItem(await this.reference.create(actor, kind, body)) };
  }

  @Route(referenceRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('kind', kindPipe) kind: ReferenceKind,
    @Param('code', codePipe) code: string,
    @Body(new ZodValidationPipe(updateSchema)) body: z.infer<typeof updateSchema>,
  ) {
    return { item: toReferenceItem(await this.reference.update(actor, kind, code, body)) };
  }
}

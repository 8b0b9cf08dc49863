import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { planIntroductionInputSchema, planIntroductionRoutes, type PlanIntroductionInput } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../../core/validation/zod-validation.pipe';
import { PlanIntroductionService } from './plan-introduction.service';

const documentPipe = new UuidParamPipe('Document');

/** A free-text plan document used as a structured plan's introduction. */
@ApiTags('plans')
@Controller()
export class PlanIntroductionController {
  constructor(private readonly introductions: PlanIntroductionService) {}

  @Route(planIntroductionRoutes.fromDocument)
  async fromDocument(
    @CurrentActor() actor: Actor,
    @Param('id', documentPipe) id: string,
    @Body(new ZodValidationPipe(planIntroductionInputSchema)) body: PlanIntroductionInput,
  ) {
    return { plan: await this.introductions.fromDocument(actor, id, body) };
  }
}

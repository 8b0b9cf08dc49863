import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { planAdoptInputSchema, planAdoptionRoutes } from '@cantiere/domain';
import type { PlanAdoptInput } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../../core/validation/zod-validation.pipe';
import { PlanAdoptionService } from './plan-adoption.service';

const idPipe = new UuidParamPipe('Plan');

/** Adoption, revision and the revision's differences of an action plan. */
@ApiTags('plans')
@Controller()
export class PlanAdoptionController {
  constructor(private readonly adoption: PlanAdoptionService) {}

  @Route(planAdoptionRoutes.adopt)
  async adopt(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(planAdoptInputSchema)) body: PlanAdoptInput) {
    return { plan: await this.adoption.adopt(actor, id, body) };
  }

  @Route(planAdoptionRoutes.adopted)
  async adopted(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { adopted: await this.adoption.adopted(actor, id) };
  }

  @Route(planAdoptionRoutes.startRevision)
  async startRevision(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { plan: await this.adoption.startRevision(actor, id) };
  }

  @Route(planAdoptionRoutes.diff)
  async diff(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { diff: await this.adoption.diff(actor, id) };
  }
}

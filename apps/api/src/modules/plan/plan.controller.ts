import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { planCreateSchema, planRoutes, planTransitionInputSchema, planUpdateSchema, wholePage } from '@cantiere/domain';
import type { PlanCreate, PlanTransitionInput, PlanUpdate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { PlanService } from './plan.service';

const idPipe = new UuidParamPipe('Plan');
const listQuery = planRoutes.list.query;

/** Action plans of a space; their records are co-edited over /collab (`action-plan:<id>`) and read here from rows. */
@ApiTags('plans')
@Controller()
export class PlanController {
  constructor(private readonly plans: PlanService) {}

  @Route(planRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(planCreateSchema)) body: PlanCreate) {
    return { plan: await this.plans.create(actor, body) };
  }

  @Route(planRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    return wholePage(await this.plans.list(actor, q.spaceId, q.status));
  }

  @Route(planRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { plan: await this.plans.get(actor, id) };
  }

  @Route(planRoutes.update)
  async update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(planUpdateSchema)) body: PlanUpdate) {
    return { plan: await this.plans.update(actor, id, body) };
  }

  @Route(planRoutes.transition)
  async transition(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(planTransitionInputSchema)) body: PlanTransitionInput,
  ) {
    return { plan: await this.plans.transition(actor, id, body.transition) };
  }
}

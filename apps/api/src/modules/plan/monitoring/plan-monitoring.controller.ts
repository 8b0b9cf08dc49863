import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { actionMonitoringInputSchema, indicatorObservationInputSchema, planMonitoringRoutes, wholePage } from '@cantiere/domain';
import type { ActionMonitoringInput, IndicatorObservationInput } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../../core/validation/zod-validation.pipe';
import { PlanMonitoringService } from './plan-monitoring.service';

const planId = new UuidParamPipe('Plan');
const actionId = new UuidParamPipe('Action');
const indicatorId = new UuidParamPipe('Indicator');

/** Monitoring an adopted plan: its state, the action and indicator forms, an action's timeline. */
@ApiTags('plans')
@Controller()
export class PlanMonitoringController {
  constructor(private readonly monitoring: PlanMonitoringService) {}

  @Route(planMonitoringRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', planId) id: string) {
    return { monitoring: await this.monitoring.get(actor, id) };
  }

  @Route(planMonitoringRoutes.updateAction)
  async updateAction(
    @CurrentActor() actor: Actor,
    @Param('id', planId) id: string,
    @Param('actionId', actionId) action: string,
    @Body(new ZodValidationPipe(actionMonitoringInputSchema)) body: ActionMonitoringInput,
  ) {
    return { monitoring: await this.monitoring.updateAction(actor, id, action, body) };
  }

  @Route(planMonitoringRoutes.timeline)
  async timeline(@CurrentActor() actor: Actor, @Param('id', planId) id: string, @Param('actionId', actionId) action: string) {
    return wholePage(await this.monitoring.timeline(actor, id, action));
  }

  @Route(planMonitoringRoutes.addObservation)
  async addObservation(
    @CurrentActor() actor: Actor,
    @Param('id', planId) id: string,
    @Param('indicatorId', indicatorId) indicator: string,
    @Body(new ZodValidationPipe(indicatorObservationInputSchema)) body: IndicatorObservationInput,
  ) {
    return { monitoring: await this.monitoring.addObservation(actor, id, indicator, body) };
  }
}

import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { actionStatusUpdateSchema, outcomeRoutes, wholePage } from '@cantiere/domain';
import type { ActionStatus } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { OutcomeService } from './outcome.service';

const filterSchema = outcomeRoutes.decisions.query;
type Filter = z.output<typeof filterSchema>;
const toFilter = (q: Filter) => ({ spaceId: q.spaceId, meetingId: q.meetingId, organisationId: q.organisationId, overdue: q.overdue === 'true' });

/** Decisions and actions written in the minutes, each linked to its meeting, agenda item and space. */
@ApiTags('outcomes')
@Controller()
export class OutcomeController {
  constructor(private readonly outcomes: OutcomeService) {}

  @Route(outcomeRoutes.decisions)
  async decisions(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(filterSchema)) q: Filter) {
    return wholePage(await this.outcomes.listDecisions(actor, toFilter(q)));
  }

  @Route(outcomeRoutes.actions)
  async actions(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(filterSchema)) q: Filter) {
    return wholePage(await this.outcomes.listActions(actor, toFilter(q)));
  }

  @Route(outcomeRoutes.setStatus)
  async setStatus(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe('Action')) id: string,
    @Body(new ZodValidationPipe(actionStatusUpdateSchema)) body: { status: ActionStatus },
  ) {
    return { action: await this.outcomes.setActionStatus(actor, id, body.status) };
  }
}

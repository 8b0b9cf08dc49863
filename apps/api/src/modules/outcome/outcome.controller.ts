import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { actionSchema, actionStatusUpdateSchema, decisionSchema } from '@cantiere/domain';
import type { ActionStatus } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { OutcomeService } from './outcome.service';

const filterSchema = z.object({
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
  meetingId: z.uuid({ message: 'invalid_id' }).optional(),
  organisationId: z.uuid({ message: 'invalid_id' }).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
type Filter = z.output<typeof filterSchema>;
const toFilter = (q: Filter) => ({ spaceId: q.spaceId, meetingId: q.meetingId, organisationId: q.organisationId, overdue: q.overdue === 'true' });

/** Decisions and actions written in the minutes, each linked to its meeting, agenda item and space. */
@ApiTags('outcomes')
@Controller()
export class OutcomeController {
  constructor(private readonly outcomes: OutcomeService) {}

  @Get('decisions')
  @ApiOperation({ summary: 'List decisions' })
  @ApiQuery({ name: 'spaceId', required: false })
  @ApiQuery({ name: 'meetingId', required: false })
  @ApiZodResponse(200, 'Decisions the caller may see, newest first', z.object({ decisions: z.array(decisionSchema) }))
  @ApiErrors(400, 401, 404)
  async decisions(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(filterSchema)) q: Filter) {
    return { decisions: await this.outcomes.listDecisions(actor, toFilter(q)) };
  }

  @Get('actions')
  @ApiOperation({ summary: 'List actions' })
  @ApiQuery({ name: 'spaceId', required: false })
  @ApiQuery({ name: 'meetingId', required: false })
  @ApiQuery({ name: 'organisationId', required: false })
  @ApiQuery({ name: 'overdue', required: false })
  @ApiZodResponse(200, 'Actions the caller may see, soonest due first', z.object({ actions: z.array(actionSchema) }))
  @ApiErrors(400, 401, 404)
  async actions(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(filterSchema)) q: Filter) {
    return { actions: await this.outcomes.listActions(actor, toFilter(q)) };
  }

  @Patch('actions/:id')
  @ApiOperation({ summary: 'Update the status of an action' })
  @ApiZodBody(actionStatusUpdateSchema)
  @ApiZodResponse(200, 'Status updated by the responsible organisation or a facilitator', z.object({ action: actionSchema }))
  @ApiErrors(400, 401, 403, 404)
  async setStatus(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe('Action')) id: string,
    @Body(new ZodValidationPipe(actionStatusUpdateSchema)) body: { status: ActionStatus },
  ) {
    return { action: await this.outcomes.setActionStatus(actor, id, body.status) };
  }
}

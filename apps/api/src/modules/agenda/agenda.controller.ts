import { Body, Controller, Delete, Get, Param, Post, Put, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { agendaItemCreateSchema, agendaItemUpdateSchema, agendaOrderSchema, agendaSchema, backlogEntrySchema } from '@cantiere/domain';
import type { AgendaItemUpdate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AgendaService } from './agenda.service';

const meetingPipe = new UuidParamPipe('Meeting');
const itemPipe = new UuidParamPipe('Agenda item');

/** The ordine del giorno of a meeting; every answer is the whole agenda with its overrun warning. */
@ApiTags('meetings')
@Controller('meetings/:id')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get('agenda-items')
  @ApiOperation({ summary: 'Get the agenda of a meeting' })
  @ApiZodResponse(200, 'The items in order, their planned total and how much it overruns the meeting', agendaSchema)
  @ApiErrors(401, 404)
  list(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return this.agenda.agenda(actor, id);
  }

  @Post('agenda-items')
  @ApiOperation({ summary: 'Add an agenda item' })
  @ApiZodBody(agendaItemCreateSchema)
  @ApiZodResponse(201, 'Appended at the end; with `source`, carried over from the backlog', agendaSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  create(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(agendaItemCreateSchema)) body: z.output<typeof agendaItemCreateSchema>,
  ) {
    return this.agenda.create(actor, id, body);
  }

  @Put('agenda-items/order')
  @ApiOperation({ summary: 'Reorder the agenda' })
  @ApiZodBody(agendaOrderSchema)
  @ApiZodResponse(200, 'Reordered; the list must name every item once', agendaSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  reorder(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Body(new ZodValidationPipe(agendaOrderSchema)) body: { itemIds: string[] }) {
    return this.agenda.reorder(actor, id, body.itemIds);
  }

  @Patch('agenda-items/:itemId')
  @ApiOperation({ summary: 'Update an agenda item' })
  @ApiZodBody(agendaItemUpdateSchema)
  @ApiZodResponse(200, 'Item changed', agendaSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('itemId', itemPipe) itemId: string,
    @Body(new ZodValidationPipe(agendaItemUpdateSchema)) body: AgendaItemUpdate,
  ) {
    return this.agenda.update(actor, id, itemId, body);
  }

  @Delete('agenda-items/:itemId')
  @ApiOperation({ summary: 'Remove an agenda item' })
  @ApiZodResponse(200, 'Item removed; the others close the gap', agendaSchema)
  @ApiErrors(401, 403, 404, 409)
  remove(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Param('itemId', itemPipe) itemId: string) {
    return this.agenda.remove(actor, id, itemId);
  }

  @Get('agenda-backlog')
  @ApiOperation({ summary: 'List what could be carried onto the agenda' })
  @ApiZodResponse(
    200,
    'Offered for this agenda: items not dealt with, postponed decisions and overdue actions of the space',
    z.object({ entries: z.array(backlogEntrySchema) }),
  )
  @ApiErrors(401, 404)
  async backlog(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { entries: await this.agenda.backlog(actor, id) };
  }
}

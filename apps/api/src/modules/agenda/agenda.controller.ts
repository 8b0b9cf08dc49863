import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { agendaItemCreateSchema, agendaItemUpdateSchema, agendaOrderSchema, agendaRoutes, wholePage } from '@cantiere/domain';
import type { AgendaItemUpdate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AgendaService } from './agenda.service';

const meetingPipe = new UuidParamPipe('Meeting');
const itemPipe = new UuidParamPipe('Agenda item');

/** The ordine del giorno of a meeting; every answer is the whole agenda with its overrun warning. */
@ApiTags('meetings')
@Controller()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Route(agendaRoutes.list)
  async list(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { agenda: await this.agenda.agenda(actor, id) };
  }

  @Route(agendaRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(agendaItemCreateSchema)) body: z.output<typeof agendaItemCreateSchema>,
  ) {
    return { agenda: await this.agenda.create(actor, id, body) };
  }

  @Route(agendaRoutes.reorder)
  async reorder(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(agendaOrderSchema)) body: { itemIds: string[] },
  ) {
    return { agenda: await this.agenda.reorder(actor, id, body.itemIds) };
  }

  @Route(agendaRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('itemId', itemPipe) itemId: string,
    @Body(new ZodValidationPipe(agendaItemUpdateSchema)) body: AgendaItemUpdate,
  ) {
    return { agenda: await this.agenda.update(actor, id, itemId, body) };
  }

  @Route(agendaRoutes.remove)
  async remove(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Param('itemId', itemPipe) itemId: string) {
    await this.agenda.remove(actor, id, itemId);
  }

  @Route(agendaRoutes.backlog)
  async backlog(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return wholePage(await this.agenda.backlog(actor, id));
  }
}

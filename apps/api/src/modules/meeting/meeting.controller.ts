import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { meetingCreateSchema, meetingRoutes, meetingTransitionInputSchema, meetingUpdateSchema, wholePage } from '@cantiere/domain';
import type { MeetingCreate, MeetingTransitionInput, MeetingUpdate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AppError } from '../../core/errors/app-error';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingAccessService, type MeetingView } from './meeting-access.service';
import { toMeeting } from './meeting.mapper';
import { MeetingService } from './meeting.service';

const idPipe = new UuidParamPipe('Meeting');
const listQuery = meetingRoutes.list.query;

/** Meetings of a space and their lifecycle. The register, convocation, agenda, run mode and minutes hang off `:id`. */
@ApiTags('meetings')
@Controller()
export class MeetingController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  private async respond(view: MeetingView) {
    return { meeting: toMeeting(view.meeting, view.can, await this.meetings.history(view.meeting.id)) };
  }

  @Route(meetingRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(meetingCreateSchema)) body: MeetingCreate) {
    return this.respond(await this.meetings.create(actor, body));
  }

  @Route(meetingRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    const rows = await this.meetings.list(actor, { spaceId: q.spaceId, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined });
    const can = await this.meetingAccess.canMany(actor, rows);
    return wholePage(rows.map((m) => toMeeting(m, can.get(m.id)!, [])));
  }

  @Route(meetingRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.respond(await this.meetings.get(actor, id));
  }

  @Route(meetingRoutes.update)
  async update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(meetingUpdateSchema)) body: MeetingUpdate) {
    return this.respond(await this.meetings.update(actor, id, body));
  }

  @Route(meetingRoutes.transition)
  async transition(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Body(new ZodValidationPipe(meetingTransitionInputSchema)) body: MeetingTransitionInput,
  ) {
    if (body.transition === 'approve_minutes')
      throw AppError.validation([{ path: 'transition', message: 'use_minutes_approval' }], 'Approve the minutes with POST /api/meetings/:id/minutes/approve');
    return this.respond(await this.meetings.transition(actor, id, body.transition, body.reason ?? null, {}, { confirm: body.confirm }));
  }
}

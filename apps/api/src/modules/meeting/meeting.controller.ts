import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { meetingCreateSchema, meetingRoutes, meetingTransitionInputSchema, meetingUpdateSchema, runCommandSchema, wholePage } from '@cantiere/domain';
import type { MeetingCreate, MeetingTransitionInput, MeetingUpdate, RunCommand } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AppError } from '../../core/errors/app-error';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { ConvocationService } from './convocation.service';
import { MeetingAccessService, type MeetingView } from './meeting-access.service';
import { MeetingRunService } from './meeting-run.service';
import { toMeeting } from './meeting.mapper';
import { MeetingService } from './meeting.service';

const idPipe = new UuidParamPipe('Meeting');
const listQuery = meetingRoutes.list.query;

/** Meetings of a space: convocation, lifecycle and run mode. The register, agenda and minutes hang off `:id`. */
@ApiTags('meetings')
@Controller()
export class MeetingController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly run: MeetingRunService,
    private readonly convocation: ConvocationService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  private async respond(view: MeetingView) {
    return { meeting: toMeeting(view.meeting, view.canManage, await this.meetings.history(view.meeting.id)) };
  }

  @Route(meetingRoutes.create)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(meetingCreateSchema)) body: MeetingCreate) {
    return this.respond(await this.meetings.create(actor, body));
  }

  @Route(meetingRoutes.list)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    const rows = await this.meetings.list(actor, { spaceId: q.spaceId, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined });
    const manageable = await this.meetingAccess.canManageMany(actor, rows);
    return wholePage(rows.map((m) => toMeeting(m, manageable.get(m.id) ?? false, [])));
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

  @Route(meetingRoutes.preview)
  async preview(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { convocation: await this.convocation.preview(actor, id) };
  }

  @Route(meetingRoutes.command)
  async command(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(runCommandSchema)) body: RunCommand) {
    return { run: await this.run.command(actor, id, body) };
  }

  @Route(meetingRoutes.calendar)
  async calendar(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { meeting } = await this.meetings.get(actor, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="seduta-${meeting.number}-${meeting.year}.ics"`);
    return this.convocation.calendarFile(meeting);
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { dateTime, meetingCreateSchema, meetingSchema, meetingTransitionInputSchema, meetingUpdateSchema } from '@cantiere/domain';
import type { MeetingCreate, MeetingTransitionInput, MeetingUpdate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AppError } from '../../core/errors/app-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingAccessService, type MeetingView } from './meeting-access.service';
import { toMeeting } from './meeting.mapper';
import { MeetingService } from './meeting.service';

const idPipe = new UuidParamPipe('Meeting');
const listQuery = z.object({
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
  from: dateTime().optional(),
  to: dateTime().optional(),
});
const meetingResponse = z.object({ meeting: meetingSchema });

/** Meetings of a space and their lifecycle. The register, convocation, agenda, run mode and minutes hang off `:id`. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  private async respond(view: MeetingView) {
    return { meeting: toMeeting(view.meeting, view.can, await this.meetings.history(view.meeting.id)) };
  }

  @Post()
  @ApiOperation({ summary: 'Create a draft meeting' })
  @ApiZodBody(meetingCreateSchema)
  @ApiZodResponse(201, 'A draft meeting (facilitators of the space); it gets the next number of its space and year', meetingResponse)
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(meetingCreateSchema)) body: MeetingCreate) {
    return this.respond(await this.meetings.create(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'List meetings' })
  @ApiQuery({ name: 'spaceId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'Only meetings ending after this instant, soonest first' })
  @ApiZodResponse(200, 'Meetings the caller may see, newest first (or soonest first with `from`)', z.object({ meetings: z.array(meetingSchema) }))
  @ApiErrors(400, 401, 404)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuery)) q: z.output<typeof listQuery>) {
    const rows = await this.meetings.list(actor, { spaceId: q.spaceId, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined });
    const can = await this.meetingAccess.canMany(actor, rows);
    return { meetings: rows.map((m) => toMeeting(m, can.get(m.id)!, [])) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a meeting' })
  @ApiZodResponse(200, 'One meeting with its lifecycle history and run state', meetingResponse)
  @ApiErrors(401, 404)
  async get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.respond(await this.meetings.get(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a meeting' })
  @ApiZodBody(meetingUpdateSchema)
  @ApiZodResponse(200, 'Changed before it starts; once convened, invitees receive an update with a new calendar sequence', meetingResponse)
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(meetingUpdateSchema)) body: MeetingUpdate) {
    return this.respond(await this.meetings.update(actor, id, body));
  }

  @Post(':id/transitions')
  @ApiOperation({ summary: 'Convene, start, close or cancel a meeting' })
  @HttpCode(200)
  @ApiZodBody(meetingTransitionInputSchema)
  @ApiZodResponse(
    200,
    'convene (mails the convocation), start (lays out the minutes), close, cancel; minutes approval has its own route. A start more than 2 hours from the scheduled time or with the chair marked absent answers 409 `confirmation_required` listing the warnings in `details.warnings`, until repeated with their codes in `confirm`',
    meetingResponse,
  )
  @ApiErrors(400, 401, 403, 404, 409)
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

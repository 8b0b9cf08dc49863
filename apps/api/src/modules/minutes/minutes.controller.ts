import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  meetingSchema,
  minutesApproveSchema,
  minutesRemarkCreateSchema,
  minutesRemarkResolveSchema,
  minutesRemarkSchema,
  minutesReviewStartSchema,
} from '@cantiere/domain';
import type { MinutesRemarkCreate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingAccessService, MeetingService, toMeeting, type MeetingView } from '../meeting';
import type { MinutesRemarkEntity } from './minutes-remark.entity';
import { MinutesService } from './minutes.service';

const meetingPipe = new UuidParamPipe('Meeting');
const toRemark = (r: MinutesRemarkEntity) => ({
  id: r.id,
  kind: r.kind,
  agendaItemId: r.agendaItemId,
  quote: r.quote,
  text: r.text,
  authorName: r.authorName,
  organisationName: r.organisationName,
  createdAt: r.createdAt.toISOString(),
  resolution: r.resolution,
  application: r.application,
  applicationIssue: r.applicationIssue,
});

/** The minutes' workflow: review window, signed remarks, approval. */
@ApiTags('minutes')
@Controller('meetings/:id/minutes')
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly meetings: MeetingService,
  ) {}

  private async respond(view: MeetingView) {
    return { meeting: toMeeting(view.meeting, view.can, await this.meetings.history(view.meeting.id)) };
  }

  @Post('review')
  @ApiOperation({ summary: 'Open the minutes for review' })
  @HttpCode(200)
  @ApiZodBody(minutesReviewStartSchema)
  @ApiZodResponse(200, 'Minutes in review: attendees comment and suggest for the given number of days', z.object({ meeting: meetingSchema }))
  @ApiErrors(400, 401, 403, 404, 409)
  async review(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesReviewStartSchema)) body: { days: number },
  ) {
    return this.respond(await this.minutes.startReview(actor, id, body.days));
  }

  @Get('remarks')
  @ApiOperation({ summary: 'List the remarks on the minutes' })
  @ApiZodResponse(200, 'Comments and suggestions, signed, oldest first', z.object({ remarks: z.array(minutesRemarkSchema) }))
  @ApiErrors(401, 404)
  async remarks(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { remarks: (await this.minutes.listRemarks(actor, id)).map(toRemark) };
  }

  @Post('remarks')
  @ApiOperation({ summary: 'Add a remark to the minutes' })
  @ApiZodBody(minutesRemarkCreateSchema)
  @ApiZodResponse(201, 'A comment, or a suggestion that quotes the passage to change', z.object({ remark: minutesRemarkSchema }))
  @ApiErrors(400, 401, 403, 404, 409)
  async addRemark(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesRemarkCreateSchema)) body: MinutesRemarkCreate,
  ) {
    return { remark: toRemark(await this.minutes.addRemark(actor, id, body)) };
  }

  @Post('remarks/:remarkId/resolution')
  @ApiOperation({ summary: 'Accept or reject a remark' })
  @HttpCode(200)
  @ApiZodBody(minutesRemarkResolveSchema)
  @ApiZodResponse(
    200,
    "The officers accept or reject a remark; an accepted suggestion is applied to the live minutes in its author's name, or `application: to_apply` with `applicationIssue` says it must be applied by hand",
    z.object({ remark: minutesRemarkSchema }),
  )
  @ApiErrors(400, 401, 403, 404, 409)
  async resolve(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('remarkId', new UuidParamPipe('Remark')) remarkId: string,
    @Body(new ZodValidationPipe(minutesRemarkResolveSchema)) body: { resolution: 'accepted' | 'rejected' },
  ) {
    return { remark: toRemark(await this.minutes.resolveRemark(actor, id, remarkId, body.resolution)) };
  }

  @Post('remarks/:remarkId/applied')
  @ApiOperation({ summary: 'Mark an accepted suggestion as applied by hand' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The officers applied by hand an accepted suggestion the server could not place', z.object({ remark: minutesRemarkSchema }))
  @ApiErrors(401, 403, 404, 409)
  async applied(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Param('remarkId', new UuidParamPipe('Remark')) remarkId: string) {
    return { remark: toRemark(await this.minutes.markApplied(actor, id, remarkId)) };
  }

  @Post('approve')
  @ApiOperation({ summary: 'Approve the minutes' })
  @HttpCode(200)
  @ApiZodBody(minutesApproveSchema)
  @ApiZodResponse(
    200,
    'Approved: the text is frozen as a version, hashed (SHA-256) and read-only. While the review window is open or accepted suggestions wait to be applied, answers 409 `confirmation_required` with `details.warnings` until repeated with their codes in `confirm`; the confirmation is recorded with the transition',
    z.object({ meeting: meetingSchema }),
  )
  @ApiErrors(400, 401, 403, 404, 409)
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesApproveSchema)) body: z.output<typeof minutesApproveSchema>,
  ) {
    return this.respond(await this.minutes.approve(actor, id, body.approvedAtMeetingId ?? null, body.confirm));
  }
}

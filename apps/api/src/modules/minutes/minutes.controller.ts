import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  minutesApproveSchema,
  minutesRemarkCreateSchema,
  minutesRemarkResolveSchema,
  minutesReviewStartSchema,
  minutesRoutes,
  wholePage,
} from '@cantiere/domain';
import type { MinutesRemarkCreate } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
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
@Controller()
export class MinutesController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly meetings: MeetingService,
  ) {}

  private async respond(view: MeetingView) {
    return { meeting: toMeeting(view.meeting, view.can, await this.meetings.history(view.meeting.id)) };
  }

  @Route(minutesRoutes.review)
  async review(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesReviewStartSchema)) body: { days: number },
  ) {
    return this.respond(await this.minutes.startReview(actor, id, body.days));
  }

  @Route(minutesRoutes.remarks)
  async remarks(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return wholePage((await this.minutes.listRemarks(actor, id)).map(toRemark));
  }

  @Route(minutesRoutes.addRemark)
  async addRemark(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesRemarkCreateSchema)) body: MinutesRemarkCreate,
  ) {
    return { remark: toRemark(await this.minutes.addRemark(actor, id, body)) };
  }

  @Route(minutesRoutes.resolve)
  async resolve(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('remarkId', new UuidParamPipe('Remark')) remarkId: string,
    @Body(new ZodValidationPipe(minutesRemarkResolveSchema)) body: { resolution: 'accepted' | 'rejected' },
  ) {
    return { remark: toRemark(await this.minutes.resolveRemark(actor, id, remarkId, body.resolution)) };
  }

  @Route(minutesRoutes.applied)
  async applied(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Param('remarkId', new UuidParamPipe('Remark')) remarkId: string) {
    return { remark: toRemark(await this.minutes.markApplied(actor, id, remarkId)) };
  }

  @Route(minutesRoutes.approve)
  async approve(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(minutesApproveSchema)) body: z.output<typeof minutesApproveSchema>,
  ) {
    return this.respond(await this.minutes.approve(actor, id, body.approvedAtMeetingId ?? null, body.confirm));
  }
}

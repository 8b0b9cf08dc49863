import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { z } from 'zod';
import { convocationRoutes } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingService } from '../meeting';
import { ConvocationService } from './convocation.service';

const idPipe = new UuidParamPipe('Meeting');
const previewQuery = convocationRoutes.preview.query;

/** The convocation of a meeting as it will leave, and the meeting as a calendar file. */
@ApiTags('meetings')
@Controller()
export class ConvocationController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly convocation: ConvocationService,
  ) {}

  @Route(convocationRoutes.preview)
  async preview(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Query(new ZodValidationPipe(previewQuery)) q: z.output<typeof previewQuery>) {
    return { convocation: await this.convocation.preview(actor, id, q.kind) };
  }

  @Route(convocationRoutes.calendar)
  async calendar(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { meeting } = await this.meetings.get(actor, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="seduta-${meeting.number}-${meeting.year}.ics"`);
    return this.convocation.calendarFile(meeting);
  }
}

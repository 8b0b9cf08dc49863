import { Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { convocationRoutes } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { MeetingService } from '../meeting';
import { ConvocationService } from './convocation.service';

const idPipe = new UuidParamPipe('Meeting');

/** The convocation of a meeting as it will leave, and the meeting as a calendar file. */
@ApiTags('meetings')
@Controller()
export class ConvocationController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly convocation: ConvocationService,
  ) {}

  @Route(convocationRoutes.preview)
  async preview(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return { convocation: await this.convocation.preview(actor, id) };
  }

  @Route(convocationRoutes.calendar)
  async calendar(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { meeting } = await this.meetings.get(actor, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="seduta-${meeting.number}-${meeting.year}.ics"`);
    return this.convocation.calendarFile(meeting);
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { convocationPreviewSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { MeetingService } from '../meeting';
import { ConvocationService } from './convocation.service';

const idPipe = new UuidParamPipe('Meeting');

/** The convocation of a meeting as it will leave, and the meeting as a calendar file. */
@ApiTags('meetings')
@Controller('meetings')
export class ConvocationController {
  constructor(
    private readonly meetings: MeetingService,
    private readonly convocation: ConvocationService,
  ) {}

  @Get(':id/convocation/preview')
  @ApiOperation({ summary: 'Preview the convocation mail' })
  @ApiZodResponse(200, 'The convocation mail as it will leave, with the people it goes to and those without an email address', convocationPreviewSchema)
  @ApiErrors(401, 403, 404)
  preview(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.convocation.preview(actor, id);
  }

  @Get(':id/calendar.ics')
  @ApiOperation({ summary: 'Download a meeting as iCalendar' })
  @ApiZodResponse(200, 'The meeting as an iCalendar file (RFC 5545)')
  @ApiErrors(401, 404)
  async calendar(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { meeting } = await this.meetings.get(actor, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="seduta-${meeting.number}-${meeting.year}.ics"`);
    return this.convocation.calendarFile(meeting);
  }
}

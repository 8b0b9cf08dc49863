import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { attendanceAddSchema, attendanceSchema, attendanceUpdateSchema, rsvpInputSchema } from '@cantiere/domain';
import type { AttendanceUpdate, RsvpInput } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AttendanceService } from './attendance.service';
import { ConvocationService } from './convocation.service';

const meetingPipe = new UuidParamPipe('Meeting');
const entryPipe = new UuidParamPipe('Attendance entry');

/** The register by organisation and representative, with RSVP answers, check-in and the live quorum. */
@ApiTags('meetings')
@Controller('meetings/:id')
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly convocation: ConvocationService,
  ) {}

  @Get('attendance')
  @ApiOperation({ summary: 'Get the attendance register of a meeting' })
  @ApiZodResponse(200, 'Every representative of the member organisations, with answer, presence and quorum', attendanceSchema)
  @ApiErrors(401, 404)
  list(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return this.attendance.register(actor, id);
  }

  @Post('attendance')
  @ApiOperation({ summary: 'Add a representative to the attendance register' })
  @ApiZodBody(attendanceAddSchema)
  @ApiZodResponse(201, 'Another representative of an organisation added to the register', attendanceSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  add(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(attendanceAddSchema)) body: { organisationId: string; personId: string },
  ) {
    return this.attendance.add(actor, id, body.organisationId, body.personId);
  }

  @Patch('attendance/:entryId')
  @ApiOperation({ summary: 'Record the attendance of a representative' })
  @ApiZodBody(attendanceUpdateSchema)
  @ApiZodResponse(200, 'Present, absent, excused or delegated, with arrival and departure (hh:mm, Rome time)', attendanceSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('entryId', entryPipe) entryId: string,
    @Body(new ZodValidationPipe(attendanceUpdateSchema)) body: AttendanceUpdate,
  ) {
    return this.attendance.update(actor, id, entryId, body);
  }

  @Post('attendance/check-in')
  @ApiOperation({ summary: 'Check in to a meeting' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The caller marks themselves present', attendanceSchema)
  @ApiErrors(401, 403, 404, 409)
  checkIn(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return this.attendance.selfCheck(actor, id, 'in');
  }

  @Post('attendance/check-out')
  @ApiOperation({ summary: 'Check out of a meeting' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The caller records leaving the meeting', attendanceSchema)
  @ApiErrors(401, 403, 404, 409)
  checkOut(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return this.attendance.selfCheck(actor, id, 'out');
  }

  @Put('rsvp')
  @ApiOperation({ summary: 'Answer the convocation to a meeting' })
  @ApiZodBody(rsvpInputSchema)
  @ApiZodResponse(200, 'The caller answers the convocation (attending, not attending, sending a delegate)', attendanceSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  rsvp(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Body(new ZodValidationPipe(rsvpInputSchema)) body: RsvpInput) {
    return this.convocation.rsvpAsActor(actor, id, body);
  }
}

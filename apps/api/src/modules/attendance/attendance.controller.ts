import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { attendanceAddSchema, attendanceRoutes, attendanceUpdateSchema, rsvpInputSchema } from '@cantiere/domain';
import type { AttendanceUpdate, RsvpInput } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { AttendanceService } from './attendance.service';
import { ConvocationService } from './convocation.service';

const meetingPipe = new UuidParamPipe('Meeting');
const entryPipe = new UuidParamPipe('Attendance entry');

/** The register by organisation and representative, with RSVP answers, check-in and the live quorum. */
@ApiTags('meetings')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly convocation: ConvocationService,
  ) {}

  @Route(attendanceRoutes.list)
  async list(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { attendance: await this.attendance.register(actor, id) };
  }

  @Route(attendanceRoutes.add)
  async add(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Body(new ZodValidationPipe(attendanceAddSchema)) body: { organisationId: string; personId: string },
  ) {
    return { attendance: await this.attendance.add(actor, id, body.organisationId, body.personId) };
  }

  @Route(attendanceRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', meetingPipe) id: string,
    @Param('entryId', entryPipe) entryId: string,
    @Body(new ZodValidationPipe(attendanceUpdateSchema)) body: AttendanceUpdate,
  ) {
    return { attendance: await this.attendance.update(actor, id, entryId, body) };
  }

  @Route(attendanceRoutes.checkIn)
  async checkIn(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { attendance: await this.attendance.selfCheck(actor, id, 'in') };
  }

  @Route(attendanceRoutes.checkOut)
  async checkOut(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return { attendance: await this.attendance.selfCheck(actor, id, 'out') };
  }

  @Route(attendanceRoutes.rsvp)
  async rsvp(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Body(new ZodValidationPipe(rsvpInputSchema)) body: RsvpInput) {
    return { attendance: await this.convocation.rsvpAsActor(actor, id, body) };
  }
}

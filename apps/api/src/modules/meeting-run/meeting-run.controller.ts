import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { meetingRunRoutes, runCommandSchema } from '@cantiere/domain';
import type { RunCommand } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingRunService } from './meeting-run.service';

const idPipe = new UuidParamPipe('Meeting');

/** Run mode of a meeting in progress: the facilitator moves through the agenda, everyone watching follows. */
@ApiTags('meetings')
@Controller()
export class MeetingRunController {
  constructor(private readonly run: MeetingRunService) {}

  @Route(meetingRunRoutes.command)
  async command(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(runCommandSchema)) body: RunCommand) {
    return { run: await this.run.command(actor, id, body) };
  }
}

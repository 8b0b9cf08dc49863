import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { runCommandSchema, runStateSchema } from '@cantiere/domain';
import type { RunCommand } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MeetingRunService } from './meeting-run.service';

const idPipe = new UuidParamPipe('Meeting');

/** Run mode of a meeting in progress: the facilitator moves through the agenda, everyone watching follows. */
@ApiTags('meetings')
@Controller('meetings')
export class MeetingRunController {
  constructor(private readonly run: MeetingRunService) {}

  @Post(':id/run')
  @ApiOperation({ summary: 'Drive the run mode of a meeting' })
  @HttpCode(200)
  @ApiZodBody(runCommandSchema)
  @ApiZodResponse(200, 'Run mode: go to an item, next, previous or stop; everyone watching follows live', runStateSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  command(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Body(new ZodValidationPipe(runCommandSchema)) body: RunCommand) {
    return this.run.command(actor, id, body);
  }
}

import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { verbaleSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AppError } from '../../core/errors/app-error';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { MeetingAccessService } from '../meeting/meeting-access.service';
import { MinutesProjectionService } from './minutes-projection.service';
import { verbaleText } from './verbale-canonical';
import { renderVerbaleDocx } from './verbale-docx';
import { renderVerbalePdf } from './verbale-pdf';
import { VerbaleService } from './verbale.service';

const meetingPipe = new UuidParamPipe('Meeting');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The verbale as open data (JSON), as documents (DOCX, PDF) and as the exact text whose SHA-256 approval records. */
@ApiTags('minutes')
@Controller('meetings/:id')
export class VerbaleController {
  constructor(
    private readonly verbale: VerbaleService,
    private readonly projection: MinutesProjectionService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  /** Exports read the latest text: pending edits are projected first, unless the minutes are already frozen. */
  private async fresh(actor: Actor, id: string) {
    const { meeting } = await this.meetingAccess.view(actor, id);
    if (meeting.status === 'draft' || meeting.status === 'convened' || meeting.status === 'cancelled') throw new AppError('conflict', 'The meeting has no minutes yet', { status: meeting.status });
    if (meeting.minutesStatus !== 'approved') await this.projection.flush(id);
    return { meeting, verbale: await this.verbale.build(id) };
  }

  private attach(res: Response, type: string, name: string) {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  }

  @Get('minutes.json')
  @ApiZodResponse(200, 'The verbale as open data', verbaleSchema)
  @ApiErrors(401, 404, 409)
  async json(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string) {
    return (await this.fresh(actor, id)).verbale;
  }

  @Get('minutes.docx')
  @ApiZodResponse(200, 'The verbale as a Word document')
  @ApiErrors(401, 404, 409)
  async docx(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { meeting, verbale } = await this.fresh(actor, id);
    this.attach(res, DOCX, `verbale-${meeting.number}-${meeting.year}.docx`);
    res.send(await renderVerbaleDocx(verbale));
  }

  @Get('minutes.pdf')
  @ApiZodResponse(200, 'The verbale as a PDF document')
  @ApiErrors(401, 404, 409)
  async pdf(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { meeting, verbale } = await this.fresh(actor, id);
    this.attach(res, 'application/pdf', `verbale-${meeting.number}-${meeting.year}.pdf`);
    res.send(await renderVerbalePdf(verbale));
  }

  @Get('minutes.txt')
  @ApiZodResponse(200, 'The approved text exactly as hashed (sha256sum of this file equals the hash on the verbale); before approval, the current text')
  @ApiErrors(401, 404, 409)
  async text(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { meeting, verbale } = await this.fresh(actor, id);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.send(meeting.minutesStatus === 'approved' && meeting.approvedMinutesText !== null ? meeting.approvedMinutesText : verbaleText(verbale));
  }
}

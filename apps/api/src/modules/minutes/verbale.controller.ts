import { Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { verbaleRoutes } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { AppError } from '../../core/errors/app-error';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { MeetingAccessService } from '../meeting';
import { MinutesProjectionService } from './minutes-projection.service';
import { renderVerbaleDocx } from './verbale-docx';
import { renderVerbalePdf } from './verbale-pdf';
import { VerbaleRecordService } from './verbale-record.service';

const meetingPipe = new UuidParamPipe('Meeting');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The verbale as open data (JSON), as documents (DOCX, PDF) and as text. Once approved, all four come from the sealed
 * record alone: `minutes.json` is its canonical bytes, whose SHA-256 is the hash printed on the verbale.
 */
@ApiTags('minutes')
@Controller()
export class VerbaleController {
  constructor(
    private readonly record: VerbaleRecordService,
    private readonly projection: MinutesProjectionService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  /** Exports read the latest text: pending edits are projected first, unless the minutes are already frozen. */
  private async fresh(actor: Actor, id: string) {
    const { meeting } = await this.meetingAccess.view(actor, id);
    if (meeting.status === 'draft' || meeting.status === 'convened' || meeting.status === 'cancelled')
      throw new AppError('conflict', 'The meeting has no minutes yet', { status: meeting.status });
    if (meeting.minutesStatus !== 'approved') await this.projection.flush(id);
    return { meeting, ...(await this.record.read(meeting)) };
  }

  private attach(res: Response, type: string, name: string) {
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  }

  @Route(verbaleRoutes.json)
  async json(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const found = await this.fresh(actor, id);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (!found.sealed) return void res.send(JSON.stringify(found.verbale));
    // RFC 9530: the digest of exactly these bytes, so a client can check the download against the printed hash.
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(found.sha256, 'hex').toString('base64')}:`);
    res.send(Buffer.from(found.json, 'utf8'));
  }

  @Route(verbaleRoutes.docx)
  async docx(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { meeting, verbale } = await this.fresh(actor, id);
    this.attach(res, DOCX, `verbale-${meeting.number}-${meeting.year}.docx`);
    res.send(await renderVerbaleDocx(verbale));
  }

  @Route(verbaleRoutes.pdf)
  async pdf(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { meeting, verbale } = await this.fresh(actor, id);
    this.attach(res, 'application/pdf', `verbale-${meeting.number}-${meeting.year}.pdf`);
    res.send(await renderVerbalePdf(verbale));
  }

  @Route(verbaleRoutes.text)
  async text(@CurrentActor() actor: Actor, @Param('id', meetingPipe) id: string, @Res() res: Response) {
    const { text } = await this.fresh(actor, id);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.send(text);
  }
}

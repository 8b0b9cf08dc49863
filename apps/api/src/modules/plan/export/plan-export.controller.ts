import { Controller, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { planExportRoutes } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../../core/validation/zod-validation.pipe';
import { PlanExportService, type ExportFile } from './plan-export.service';

const idPipe = new UuidParamPipe('Plan');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function send(res: Response, type: string, file: ExportFile) {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
  res.send(file.data);
}

/** A plan's documents and open data: whoever reads the plan may download them. */
const reportQuery = planExportRoutes.monitoringReport.query;

@ApiTags('plans')
@Controller()
export class PlanExportController {
  constructor(private readonly exports: PlanExportService) {}

  @Route(planExportRoutes.docx)
  async docx(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res() res: Response) {
    send(res, DOCX, await this.exports.sectionDocx(actor, id));
  }

  @Route(planExportRoutes.monitoringReport)
  async monitoringReport(
    @CurrentActor() actor: Actor,
    @Param('id', idPipe) id: string,
    @Query(new ZodValidationPipe(reportQuery)) q: z.output<typeof reportQuery>,
    @Res() res: Response,
  ) {
    send(res, DOCX, await this.exports.monitoringReport(actor, id, q.year));
  }

  @Route(planExportRoutes.json)
  async json(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res() res: Response) {
    send(res, 'application/json; charset=utf-8', await this.exports.json(actor, id));
  }

  @Route(planExportRoutes.csv)
  async csv(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Res() res: Response) {
    send(res, 'text/csv; charset=utf-8', await this.exports.csv(actor, id));
  }
}

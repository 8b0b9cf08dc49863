import { Injectable } from '@nestjs/common';
import { planCharts, planCsv, progressByObjectiveChart, budgetByFundingSourceChart, type PlanExportModel } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { AppError } from '../../../core/errors/app-error';
import { renderChartImage } from './plan-chart-image';
import { packPlanDocx } from './plan-docx-blocks';
import { PlanExportSource } from './plan-export.source';
import { monitoringReportBlocks } from './plan-monitoring-blocks';
import { planSectionBlocks } from './plan-section-blocks';

export interface ExportFile {
  name: string;
  data: Buffer;
}

/** A byte-order mark, so that spreadsheet programs open the UTF-8 CSV with its accents. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const slug = (model: PlanExportModel) => `piano-${model.plan.startYear}-${model.plan.endYear}`;

/** A plan's exports: each loads the export model once (access and not-found included) and renders it. */
@Injectable()
export class PlanExportService {
  constructor(private readonly source: PlanExportSource) {}

  async sectionDocx(actor: Actor, planId: string): Promise<ExportFile> {
    const model = await this.source.load(actor, planId);
    const blocks = planSectionBlocks(model, planCharts(model).map(renderChartImage));
    const data = await packPlanDocx(blocks, {
      title: model.plan.title,
      creator: model.plan.spaceName,
      description: `Piano di Zona ${model.plan.startYear}-${model.plan.endYear}: sezione povertà e inclusione sociale`,
      date: new Date(model.generatedAt),
      footer: model.plan.title,
    });
    return { name: `${slug(model)}-sezione-piano-di-zona.docx`, data };
  }

  /**
   * The report of a calendar year within the plan's period: the adopted plan with its monitored values as they stood at
   * the end of that year (or now, for the current year) and indicators read at 31 December.
   */
  async monitoringReport(actor: Actor, planId: string, year: number): Promise<ExportFile> {
    const { model, monitoredAt } = await this.source.loadMonitored(actor, planId, year);
    if (year < model.plan.startYear || year > model.plan.endYear) throw AppError.validation([{ path: 'year', message: 'outside_plan_period' }]);
    const charts = [progressByObjectiveChart(model), budgetByFundingSourceChart(model)].map(renderChartImage);
    const data = await packPlanDocx(monitoringReportBlocks(model, year, charts, monitoredAt), {
      title: `Rapporto di monitoraggio ${year} – ${model.plan.title}`,
      creator: model.plan.spaceName,
      description: `Monitoraggio annuale ${year} del piano`,
      date: new Date(model.generatedAt),
      footer: `Rapporto di monitoraggio ${year}`,
    });
    return { name: `${slug(model)}-monitoraggio-${year}.docx`, data };
  }

  async json(actor: Actor, planId: string): Promise<ExportFile> {
    const model = await this.source.load(actor, planId);
    return { name: `${slug(model)}.json`, data: Buffer.from(JSON.stringify(model), 'utf8') };
  }

  async csv(actor: Actor, planId: string): Promise<ExportFile> {
    const model = await this.source.load(actor, planId);
    return { name: `${slug(model)}-azioni.csv`, data: Buffer.concat([BOM, Buffer.from(planCsv(model), 'utf8')]) };
  }
}

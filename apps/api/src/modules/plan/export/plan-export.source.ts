import { Injectable } from '@nestjs/common';
import { buildPlanExportModel, PLAN_EDITABLE_STATUSES, type PlanDetail, type PlanExportLabels, type PlanExportModel } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { ReferenceService } from '../../reference';
import { PlanAdoptionService, type AdoptedPlanRead } from '../adoption';
import { PlanMonitoringService, withMonitoredValues } from '../monitoring';
import { PlanDocumentService } from '../plan-document.service';
import { PlanService } from '../plan.service';

/** Today as `YYYY-MM-DD` in UTC. */
const today = () => new Date().toISOString().slice(0, 10);

/** The first instant after 31 December of `year` in Rome (CET, +01:00, in winter), where the plans' dates are meant. */
export const endOfYearInRome = (year: number) => new Date(`${year + 1}-01-01T00:00:00+01:00`);

/** A monitoring report's model and the instant its monitored values are read at. */
export interface MonitoringReportSource {
  model: PlanExportModel;
  /** The end of the year, or the report's generation when the year is not over (ISO); null for a plan never adopted. */
  monitoredAt: string | null;
}

/**
 * Where every export of a plan takes its figures from: the one seam between the stored plan and the renderers.
 * - An adopted plan (and a closed one) is a legal record: the Piano di Zona section, the JSON and the CSV are rendered
 *   from the frozen record of its adoption in force (`readAdopted`), never from the rows, which monitoring and a later
 *   revision go on changing.
 * - A draft, and a revision in preparation or submitted, export the rows (pending live edits projected first); a
 *   revision's model says `revisionDraft`, and its cover reads "Bozza di revisione": the adopted version stays in force,
 *   and its own record is what `/adopted` serves.
 * - The annual monitoring report prints the adopted plan with the monitored values as they stood at the end of the
 *   year (today's values with the timeline's later entries undone), and the observed values up to 31 December.
 */
@Injectable()
export class PlanExportSource {
  constructor(
    private readonly plans: PlanService,
    private readonly documents: PlanDocumentService,
    private readonly reference: ReferenceService,
    private readonly adoption: PlanAdoptionService,
    private readonly monitoring: PlanMonitoringService,
  ) {}

  /** The plan's export model, indicators read at `asOf` (default today); not found when the caller may not read it. */
  async load(actor: Actor, planId: string, asOf: string = today()): Promise<PlanExportModel> {
    const detail = await this.rows(actor, planId);
    const sealed = detail.status === 'adopted' || detail.status === 'closed' ? await this.adoption.readAdopted(planId) : null;
    return this.build(sealed ? sealed.plan : detail, sealed, asOf);
  }

  /** The annual report's model: the plan in force with its monitored values at the end of `year`. */
  async loadMonitored(actor: Actor, planId: string, year: number): Promise<MonitoringReportSource> {
    const detail = await this.rows(actor, planId);
    const asOf = `${year}-12-31`;
    // Never adopted: nothing was monitored, the report shows the draft's own figures.
    if (!detail.adoptedAt) return { model: await this.build(detail, null, asOf), monitoredAt: null };
    // An adoption predating the frozen records has none: its rows are what was adopted.
    const sealed = await this.adoption.readAdopted(planId);
    const at = new Date(Math.min(endOfYearInRome(year).getTime(), Date.now()));
    const actions = (await this.monitoring.actionsAt(planId, at)) ?? [];
    const monitored = withMonitoredValues(sealed ? sealed.plan : detail, actions, detail.indicators);
    return { model: await this.build(monitored, sealed, asOf), monitoredAt: at.toISOString() };
  }

  /** The plan's rows as the caller reads them (access checked, not found otherwise), pending live edits projected first. */
  private async rows(actor: Actor, planId: string): Promise<PlanDetail> {
    const detail = await this.plans.get(actor, planId);
    if (!PLAN_EDITABLE_STATUSES.includes(detail.status)) return detail;
    await this.documents.flush(planId);
    return this.plans.get(actor, planId);
  }

  private async build(plan: Omit<PlanDetail, 'access' | 'can'>, sealed: AdoptedPlanRead | null, asOf: string): Promise<PlanExportModel> {
    return buildPlanExportModel(plan, await this.labels(), {
      asOf,
      generatedAt: new Date().toISOString(),
      adoptedRecord: sealed && { version: sealed.version, sha256: sealed.sha256 },
    });
  }

  private async labels(): Promise<PlanExportLabels> {
    const [macroArea, fundingSource, leps] = await Promise.all((['macro_area', 'funding_source', 'leps'] as const).map((kind) => this.reference.list(kind)));
    const byCode = (items: { code: string; labelIt: string }[]) => new Map(items.map((i) => [i.code, i.labelIt]));
    return { macroArea: byCode(macroArea), fundingSource: byCode(fundingSource), leps: byCode(leps), fundingOrder: fundingSource.map((i) => i.code) };
  }
}

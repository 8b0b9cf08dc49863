import { Injectable } from '@nestjs/common';
import { buildPlanExportModel, PLAN_EDITABLE_STATUSES, type PlanExportLabels, type PlanExportModel } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { ReferenceService } from '../../reference';
import { PlanDocumentService } from '../plan-document.service';
import { PlanService } from '../plan.service';

/** Today as `YYYY-MM-DD` in UTC. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Where every export of a plan takes its figures from: the one seam between the stored plan and the renderers.
 * Today it reads the projected rows (pending live edits projected first). When the plan is adopted, its exports must
 * come from the frozen record of the adoption instead: that branch is added here when adoption (`readAdopted`) lands,
 * so that the renderers never change.
 */
@Injectable()
export class PlanExportSource {
  constructor(
    private readonly plans: PlanService,
    private readonly documents: PlanDocumentService,
    private readonly reference: ReferenceService,
  ) {}

  /** The plan's export model, indicators read at `asOf` (default today); not found when the caller may not read it. */
  async load(actor: Actor, planId: string, asOf: string = today()): Promise<PlanExportModel> {
    let detail = await this.plans.get(actor, planId);
    if (PLAN_EDITABLE_STATUSES.includes(detail.status)) {
      await this.documents.flush(planId);
      detail = await this.plans.get(actor, planId);
    }
    return buildPlanExportModel(detail, await this.labels(), { asOf, generatedAt: new Date().toISOString() });
  }

  private async labels(): Promise<PlanExportLabels> {
    const [macroArea, fundingSource, leps] = await Promise.all((['macro_area', 'funding_source', 'leps'] as const).map((kind) => this.reference.list(kind)));
    const byCode = (items: { code: string; labelIt: string }[]) => new Map(items.map((i) => [i.code, i.labelIt]));
    return { macroArea: byCode(macroArea), fundingSource: byCode(fundingSource), leps: byCode(leps), fundingOrder: fundingSource.map((i) => i.code) };
  }
}

import { Injectable } from '@nestjs/common';
import {
  diffPlans,
  PLAN_RECORD_FORMAT,
  type AdoptedPlanRecord,
  type AdoptedPlanResponse,
  type AdoptingDecision,
  type PlanAdoptInput,
  type PlanDetail,
  type PlanDiffResult,
} from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { TxHost } from '../../../core/database/transaction';
import { AppError } from '../../../core/errors/app-error';
import { FrozenRecordService } from '../../../core/records/frozen-record.service';
import { AuditService } from '../../audit';
import { OutcomeService } from '../../outcome';
import { CollabDocuments } from '../../../collab';
import { planDocId, PlanDocumentService } from '../plan-document.service';
import type { PlanEntity } from '../plan.entity';
import { toPlanDetail } from '../plan.mapper';
import { PlanRepository } from '../plan.repository';
import { PlanService } from '../plan.service';
import { PlanAdoptionNotifications } from './plan-adoption-notifications';
import { PlanAdoptionRepository } from './plan-adoption.repository';
import { toAdoptedPlan, toPlanAdoption } from './plan-adoption.mapper';
import { writeMonitoring } from './revision-monitoring';

export const PLAN_RECORD_KIND = 'plan';
/** Raised whenever the exports' layout or wording of an adopted plan changes (see the frozen-record store). */
export const PLAN_RENDERER_VERSION = '1';

/** What exports render an adopted plan from: the sealed record alone, its bytes and hash. */
export interface AdoptedPlanRead {
  /** The plan as adopted (a `PlanDetail` without the caller's rights). */
  plan: AdoptedPlanRecord['plan'];
  record: AdoptedPlanRecord;
  json: string;
  sha256: string;
  version: number;
}

/**
 * The plan's cycle after submission: adoption (sealing the plan as a frozen record and making its live document final),
 * revision (the same plan and records opened to co-design again, the adopted version staying in force) and the
 * revision's differences from the adopted version.
 */
@Injectable()
export class PlanAdoptionService {
  constructor(
    private readonly adoptions: PlanAdoptionRepository,
    private readonly plans: PlanRepository,
    private readonly planService: PlanService,
    private readonly documents: PlanDocumentService,
    private readonly collab: CollabDocuments,
    private readonly records: FrozenRecordService,
    private readonly access: AccessService,
    private readonly outcomes: OutcomeService,
    private readonly audit: AuditService,
    private readonly notices: PlanAdoptionNotifications,
    private readonly txHost: TxHost,
  ) {}

  /**
   * Adopts a submitted plan. The document is made final first, on every instance, then projected, so that the rows
   * sealed are the last word of the co-design; if anything after fails, the document is opened again.
   */
  async adopt(actor: Actor, planId: string, input: PlanAdoptInput): Promise<PlanDetail> {
    const plan = await this.readable(actor, planId);
    // The status first: whoever reads the plan sees it, and a facilitator asking twice hears why.
    if (plan.status !== 'submitted') throw new AppError('conflict', 'Only a submitted plan can be adopted', { status: plan.status });
    await this.access.require(actor, 'plan.adopt', [planId]);
    const decision = input.decisionId ? await this.decision(actor, plan, input.decisionId) : null;
    await this.documents.freeze(planId);
    try {
      await this.documents.flush(planId);
      await this.txHost.withTransaction(() => this.seal(actor, plan, input, decision));
    } catch (err) {
      if ((await this.plans.find(planId))?.status !== 'adopted') await this.documents.thaw(planId);
      throw err;
    }
    await this.documents.refreshAccess(planId);
    return this.planService.get(actor, planId);
  }

  /** Inside the adopting transaction: the plan's status, its record, the adoption row, the audit entry and the notice commit together. */
  private async seal(actor: Actor, plan: PlanEntity, input: PlanAdoptInput, decision: AdoptingDecision | null): Promise<void> {
    if ((await this.adoptions.lockedStatus(plan.id)) !== 'submitted') throw new AppError('conflict', 'The plan is no longer submitted');
    const previous = await this.adoptions.inForce(plan.id);
    const adoptedAt = new Date();
    const act = { decision, body: input.body ?? null, number: input.number ?? null, date: input.date ?? null };
    await this.plans.update(plan.id, {
      status: 'adopted',
      adoptedAt,
      adoptingDecisionId: decision?.id ?? null,
      adoptingActBody: act.body,
      adoptingActNumber: act.number,
      adoptingActDate: act.date,
    });
    const adopted = (await this.plans.find(plan.id))!;
    const rows = await this.plans.rows(adopted);
    if (rows.problems.length)
      throw new AppError('conflict', 'Some records of the plan are not valid: fix them before adopting it', { problems: rows.problems.length });
    const version = (previous?.version ?? 0) + 1;
    const content: AdoptedPlanRecord = {
      format: PLAN_RECORD_FORMAT,
      version,
      adoptedAt: adoptedAt.toISOString(),
      act,
      supersedes: previous ? { version: previous.version, sha256: previous.sha256 } : null,
      plan: toAdoptedPlan(toPlanDetail(rows, { 'plan.write': false, 'plan.submit': false, 'plan.adopt': false, 'plan.comment': false })),
    };
    const record = await this.records.freeze({
      kind: PLAN_RECORD_KIND,
      subjectId: plan.id,
      content,
      rendererVersion: PLAN_RENDERER_VERSION,
      frozenAt: adoptedAt,
      frozenBy: actor.user.id,
      // Organisations only: an adopted plan names no person.
      personIds: [],
    });
    if (record.version !== version) throw new AppError('conflict', 'The plan was adopted meanwhile');
    const adoption = await this.adoptions.insert({
      planId: plan.id,
      version,
      frozenRecordId: record.id,
      sha256: record.sha256,
      decisionId: decision?.id ?? null,
      actBody: act.body,
      actNumber: act.number,
      actDate: act.date,
      adoptedAt,
      adoptedBy: actor.user.id,
    });
    if (previous) await this.adoptions.supersede(previous.id, adoption.id, adoptedAt);
    await this.audit.record({
      actor,
      action: 'plan.adopt',
      entity: 'plan',
      entityId: plan.id,
      before: { status: 'submitted' },
      after: {
        status: 'adopted',
        version,
        sha256: record.sha256,
        decisionId: act.decision?.id ?? null,
        actBody: act.body,
        actNumber: act.number,
        actDate: act.date,
      },
    });
    await this.notices.adopted(plan.spaceId, { planId: plan.id, title: adopted.title, version }, actor.user.id);
  }

  /**
   * Opens an adopted plan to co-design again: same plan, same record ids, its document no longer final (it holds the
   * adopted version, takes the monitoring the rows received since, and gains any record of the rows it lacks). The
   * adopted version stays in force meanwhile.
   */
  async startRevision(actor: Actor, planId: string): Promise<PlanDetail> {
    const plan = await this.readable(actor, planId);
    if (plan.status !== 'adopted') throw new AppError('conflict', 'Only an adopted plan can be revised', { status: plan.status });
    await this.access.require(actor, 'plan.adopt', [planId]);
    await this.audit.change(
      async () => {
        if ((await this.adoptions.lockedStatus(planId)) !== 'adopted') throw new AppError('conflict', 'The plan is no longer adopted');
        await this.plans.update(planId, { status: 'under_revision', submittedAt: null });
      },
      () => ({ actor, action: 'plan.revise', entity: 'plan', entityId: planId, before: { status: 'adopted' }, after: { status: 'under_revision' } }),
    );
    await this.documents.thaw(planId);
    const rows = await this.plans.rows((await this.plans.find(planId))!);
    await this.collab.applyServerChange(planDocId(planId), actor.user.id, (doc) => writeMonitoring(doc, rows));
    await this.documents.seedFromRows(planId, actor.user.id);
    return this.planService.get(actor, planId);
  }

  /** The adopted version in force as sealed, with the history of adoptions; 404 for a plan never adopted. */
  async adopted(actor: Actor, planId: string): Promise<AdoptedPlanResponse> {
    await this.readable(actor, planId);
    const read = await this.readAdopted(planId);
    if (!read) throw AppError.notFound('Adopted plan');
    const history = await this.adoptions.history(planId);
    const mapped = await Promise.all(history.map(async (a) => toPlanAdoption(a, await this.actOf(planId, a.version), history)));
    return { adoption: mapped.find((a) => a.version === read.version)!, record: read.record, json: read.json, sha256: read.sha256, history: mapped };
  }

  /**
   * For exports (no access check here: the caller has checked `plan.read`): the adopted version in force, read from
   * its frozen record alone (hash verified by the store), or null for a plan never adopted.
   */
  async readAdopted(planId: string): Promise<AdoptedPlanRead | null> {
    const adoption = await this.adoptions.inForce(planId);
    if (!adoption) return null;
    const record = await this.records.version(PLAN_RECORD_KIND, planId, adoption.version);
    if (!record) return null;
    // Read as stored, not through today's schema: a sealed record must open even after the schema gained a field.
    const content = JSON.parse(record.canonicalJson) as AdoptedPlanRecord;
    return { plan: content.plan, record: content, json: record.canonicalJson, sha256: record.sha256, version: record.version };
  }

  /** The revision's differences from the adopted version in force (none for a plan just adopted). */
  async diff(actor: Actor, planId: string): Promise<PlanDiffResult> {
    // The rows as co-designed: monitoring laid over an adopted plan is no revision.
    const current = await this.planService.getRows(actor, planId);
    const adopted = await this.readAdopted(planId);
    if (!adopted) throw AppError.notFound('Adopted plan');
    return { adoptedVersion: adopted.version, adoptedSha256: adopted.sha256, ...diffPlans(adopted.plan, current) };
  }

  private async actOf(planId: string, version: number): Promise<AdoptedPlanRecord['act']> {
    const record = await this.records.version(PLAN_RECORD_KIND, planId, version);
    return (JSON.parse(record!.canonicalJson) as AdoptedPlanRecord).act;
  }

  /** A decision of a meeting of the plan's space, as the caller can see it; otherwise a field error. */
  private async decision(actor: Actor, plan: PlanEntity, decisionId: string): Promise<AdoptingDecision> {
    const found = (await this.outcomes.listDecisions(actor, { spaceId: plan.spaceId })).find((d) => d.id === decisionId);
    if (!found) throw AppError.validation([{ path: 'decisionId', message: 'unknown_decision' }]);
    const { id, meetingId, meetingLabel, agendaItemId, agendaItemTitle, text, outcome } = found;
    return { id, meetingId, meetingLabel, agendaItemId, agendaItemTitle, text, outcome };
  }

  private async readable(actor: Actor, id: string): Promise<PlanEntity> {
    await this.access.require(actor, 'plan.read', [id], { notFound: 'Plan' });
    const plan = await this.plans.find(id);
    if (!plan) throw AppError.notFound('Plan');
    return plan;
  }
}

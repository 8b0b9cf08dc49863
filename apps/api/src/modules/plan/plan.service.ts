import { Injectable } from '@nestjs/common';
import { canPlanTransition, type Plan, type PlanCreate, type PlanDetail, type PlanStatus, type PlanTransition, type PlanUpdate } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { Transactional } from '../../core/database/transaction';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { OutcomeService } from '../outcome';
import { SpaceService } from '../space';
import { PlanAccessRules } from './plan-access.rules';
import { PlanDocumentService } from './plan-document.service';
import type { PlanEntity } from './plan.entity';
import { toPlanDetail, toPlanSummary } from './plan.mapper';
import { withMonitoredDetail } from './monitoring/monitored-plan';
import { PlanMonitoringService } from './monitoring/plan-monitoring.service';
import { PlanRepository } from './plan.repository';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Plans of a space: the header and the cycle here; the records are co-edited live and read from their rows. */
@Injectable()
export class PlanService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly rules: PlanAccessRules,
    private readonly documents: PlanDocumentService,
    private readonly access: AccessService,
    private readonly spaces: SpaceService,
    private readonly outcomes: OutcomeService,
    private readonly audit: AuditService,
    private readonly monitoring: PlanMonitoringService,
  ) {}

  /** Facilitators of the space (and administrators) open a plan; its document starts from its rows, none yet. */
  async create(actor: Actor, input: PlanCreate): Promise<PlanDetail> {
    const { entity: space } = await this.spaces.get(actor, input.spaceId).catch(() => {
      throw AppError.validation([{ path: 'spaceId', message: 'unknown_space' }]);
    });
    await this.access.require(actor, 'space.manage', [space.id]);
    if (space.archivedAt) throw new AppError('conflict', 'The space is archived');
    const created = await this.audit.change(
      () => this.plans.insert({ spaceId: space.id, title: input.title, startYear: input.startYear, endYear: input.endYear, createdBy: actor.user.id }),
      (row) => ({
        actor,
        action: 'plan.create',
        entity: 'plan',
        entityId: row.id,
        after: { spaceId: row.spaceId, title: row.title, startYear: row.startYear, endYear: row.endYear },
      }),
    );
    await this.documents.seedFromRows(created.id, actor.user.id);
    return this.get(actor, created.id);
  }

  async list(actor: Actor, spaceId: string, status?: PlanStatus): Promise<Plan[]> {
    await this.spaces.get(actor, spaceId);
    const plans = await this.plans.listBySpace(spaceId, status);
    const ids = plans.map((p) => p.id);
    const [can, summaries] = [await this.rules.can(actor, ids), await this.plans.summaries(ids)];
    const monitored = new Map<string, number | null>();
    for (const p of plans.filter((p) => p.status === 'adopted')) monitored.set(p.id, (await this.monitoring.current(p.id))?.progress ?? null);
    // An adopted plan's progress is the monitored one, as on its own page.
    return plans.map((p) => {
      const summary = toPlanSummary(p, can.get(p.id)!, summaries);
      return monitored.has(p.id) ? { ...summary, progress: monitored.get(p.id)! } : summary;
    });
  }

  /**
   * A plan the caller may not see reads as not found. Once adopted, its actions show what monitoring reported
   * (status, progress, spending, milestones) and the progress rolls up from that: every screen of the plan (header,
   * overview, board) shows the monitored state, while the adopted values stay in the frozen record and the rows.
   */
  async get(actor: Actor, id: string): Promise<PlanDetail> {
    const detail = await this.getRows(actor, id);
    if (detail.status !== 'adopted') return detail;
    return withMonitoredDetail(detail, (await this.monitoring.current(id))?.actions ?? []);
  }

  /**
   * The plan as its rows hold it, without monitoring laid over: what co-design produced, and what a revision is
   * compared with. (A revision's draft carries the monitored values it was opened with, so its own screens need no
   * overlay.)
   */
  async getRows(actor: Actor, id: string): Promise<PlanDetail> {
    const plan = await this.readable(actor, id);
    const can = (await this.rules.can(actor, [id])).get(id)!;
    return toPlanDetail(await this.plans.rows(plan), can);
  }

  @Transactional()
  async update(actor: Actor, id: string, changes: PlanUpdate): Promise<PlanDetail> {
    const plan = await this.readable(actor, id);
    // An adopted plan is a record: its header changes only through a revision, whoever asks.
    if (plan.status === 'adopted' || plan.status === 'closed')
      throw new AppError('conflict', `The plan is ${plan.status}: start a revision to change it`, { status: plan.status });
    await this.access.require(actor, 'plan.write', [id]);
    const startYear = changes.startYear ?? plan.startYear;
    const endYear = changes.endYear ?? plan.endYear;
    if (endYear < startYear) throw AppError.validation([{ path: changes.endYear !== undefined ? 'endYear' : 'startYear', message: 'ends_before_start' }]);
    if (endYear - startYear >= 10) throw AppError.validation([{ path: changes.endYear !== undefined ? 'endYear' : 'startYear', message: 'too_long' }]);
    const act = changes.adoptingAct;
    if (act?.decisionId && !(await this.outcomes.decisionExists(act.decisionId))) {
      throw AppError.validation([{ path: 'adoptingAct.decisionId', message: 'unknown_decision' }]);
    }
    const columns: Partial<PlanEntity> = {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.startYear !== undefined ? { startYear } : {}),
      ...(changes.endYear !== undefined ? { endYear } : {}),
      ...(act?.decisionId !== undefined ? { adoptingDecisionId: act.decisionId } : {}),
      ...(act?.body !== undefined ? { adoptingActBody: act.body } : {}),
      ...(act?.number !== undefined ? { adoptingActNumber: act.number } : {}),
      ...(act?.date !== undefined ? { adoptingActDate: act.date } : {}),
    };
    const diff = changedFields(plan, columns);
    await this.audit.change(
      () => this.plans.update(id, columns),
      () => ({ actor, action: 'plan.update', entity: 'plan', entityId: id, ...diff }),
    );
    return this.get(actor, id);
  }

  /**
   * Submitting projects the latest edits first, then turns every open editor read-only (rights follow the status);
   * withdrawing gives the plan back to co-design.
   */
  async transition(actor: Actor, id: string, transition: PlanTransition): Promise<PlanDetail> {
    const plan = await this.readable(actor, id);
    await this.access.require(actor, 'plan.submit', [id]);
    if (!canPlanTransition(plan.status, transition))
      throw new AppError('conflict', `A ${plan.status} plan cannot be ${transition === 'submit' ? 'submitted' : 'withdrawn'}`);
    if (transition === 'submit') await this.documents.flush(id);
    const to: PlanStatus = transition === 'submit' ? 'submitted' : plan.adoptedAt ? 'under_revision' : 'draft';
    const columns: Partial<PlanEntity> = { status: to, submittedAt: transition === 'submit' ? new Date() : null };
    await this.audit.change(
      () => this.plans.update(id, columns),
      () => ({ actor, action: `plan.${transition}`, entity: 'plan', entityId: id, before: { status: plan.status }, after: { status: to } }),
    );
    await this.documents.refreshAccess(id);
    return this.get(actor, id);
  }

  private async readable(actor: Actor, id: string): Promise<PlanEntity> {
    if (!isUuid(id)) throw AppError.notFound('Plan');
    await this.access.require(actor, 'plan.read', [id], { notFound: 'Plan' });
    const plan = await this.plans.find(id);
    if (!plan) throw AppError.notFound('Plan');
    return plan;
  }
}

import { Injectable } from '@nestjs/common';
import {
  isPlanMonitored,
  romeToday,
  type ActionMonitoringInput,
  type IndicatorObservationInput,
  type MonitoredAction,
  type MonitoringEntry,
  type PlanMonitoring,
} from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { Transactional } from '../../../core/database/transaction';
import { AppError } from '../../../core/errors/app-error';
import { ReferenceService } from '../../reference';
import type { PlanEntity } from '../plan.entity';
import { PlanRepository } from '../plan.repository';
import { PlanMonitoringRepository, type NewEntry } from './plan-monitoring.repository';
import { monitoredActionsBefore } from './plan-monitoring-history';
import { currentActions, toMonitoring } from './plan-monitoring.view';

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * Monitoring an adopted plan. The adopted record (frozen JSON and rows) stays as adopted; what the lead organisations
 * report lives in monitoring rows keyed by lineage and record id, laid over the adopted values when read, and every
 * change is kept as an entry of the action's timeline.
 */
@Injectable()
export class PlanMonitoringService {
  constructor(
    private readonly rows: PlanMonitoringRepository,
    private readonly plans: PlanRepository,
    private readonly access: AccessService,
    private readonly references: ReferenceService,
  ) {}

  async get(actor: Actor, planId: string): Promise<PlanMonitoring> {
    const plan = await this.readable(actor, planId);
    const lineageId = await this.rows.lineageOf(planId);
    const rows = await this.rows.rows(planId, lineageId);
    const open = isPlanMonitored(plan);
    const allowedActions = open
      ? await this.access.allowed(
          actor,
          'plan.monitor',
          rows.actions.map((a) => a.id),
        )
      : new Set<string>();
    const canIndicator = (i: { actionId: string | null; objectiveId: string | null }) =>
      i.actionId ? allowedActions.has(i.actionId) : rows.actions.some((a) => a.objectiveId === i.objectiveId && allowedActions.has(a.id));
    return toMonitoring({ id: plan.id, status: plan.status, open }, lineageId, rows, romeToday(), {
      actions: new Map(rows.actions.map((a) => [a.id, allowedActions.has(a.id)])),
      indicators: new Map(rows.indicators.map((i) => [i.id, open && canIndicator(i)])),
    });
  }

  /**
   * The monitored state without a caller (rights all false): for exports and reports (the annual monitoring report
   * prints these values; the adopted plan's own export prints the frozen record).
   */
  async current(planId: string): Promise<PlanMonitoring | null> {
    const plan = await this.plans.find(planId);
    if (!plan) return null;
    const lineageId = await this.rows.lineageOf(planId);
    const none = { actions: new Map<string, boolean>(), indicators: new Map<string, boolean>() };
    return toMonitoring(
      { id: plan.id, status: plan.status, open: isPlanMonitored(plan) },
      lineageId,
      await this.rows.rows(planId, lineageId),
      romeToday(),
      none,
    );
  }

  /**
   * The monitored actions as they stood at `at` (e.g. the end of 31 December for the annual report): today's values
   * with every timeline entry written after `at` undone. Null for an unknown plan.
   */
  async actionsAt(planId: string, at: Date): Promise<MonitoredAction[] | null> {
    const now = await this.current(planId);
    if (!now) return null;
    return monitoredActionsBefore(now.actions, await this.rows.entriesAfter(now.lineageId, at));
  }

  /** Records the fields given (each that changed becomes an entry with its previous value) and returns the new state. */
  @Transactional()
  async updateAction(actor: Actor, planId: string, actionId: string, input: ActionMonitoringInput): Promise<PlanMonitoring> {
    const plan = await this.readable(actor, planId);
    const action = isUuid(actionId) ? await this.rows.findAction(planId, actionId) : null;
    if (!action) throw AppError.notFound('Action');
    this.requireOpen(plan);
    await this.access.require(actor, 'plan.monitor', [actionId]);
    const lineageId = await this.rows.lineageOf(planId);
    const current = currentActions(await this.rows.rows(planId, lineageId)).find((a) => a.id === actionId)!;

    const issues = [
      ...(await this.references.unknownCodes('funding_source', Object.keys(input.spent ?? {}))).map((code) => ({
        path: `spent.${code}`,
        message: 'unknown_funding_source',
      })),
      ...Object.keys(input.milestones ?? {})
        .filter((id) => !current.milestones.some((m) => m.id === id))
        .map((id) => ({ path: `milestones.${id}`, message: 'unknown_milestone' })),
    ];
    if (issues.length) throw AppError.validation(issues);

    const author = { authorUserId: actor.user.id, authorName: actor.user.name, organisationName: await this.access.organisationLabel(actor) };
    const note = input.note?.trim() || null;
    const entries: Omit<NewEntry, 'position'>[] = [];
    const entry = (e: Pick<NewEntry, 'recordKind' | 'recordId' | 'field' | 'subject' | 'previousValue' | 'newValue'>) =>
      entries.push({ ...e, ...author, lineageId, planId, actionId, note });

    const status = input.status ?? current.status;
    const progress = input.progress ?? current.progress;
    if (status !== current.status)
      entry({ recordKind: 'action', recordId: actionId, field: 'status', subject: null, previousValue: current.status, newValue: status });
    if (progress !== current.progress)
      entry({ recordKind: 'action', recordId: actionId, field: 'progress', subject: null, previousValue: current.progress, newValue: progress });
    if (status !== current.status || progress !== current.progress)
      await this.rows.saveActionState({ lineageId, actionId, status, progress, updatedAt: new Date() });

    const spending = Object.entries(input.spent ?? {}).filter(([source, cents]) => (current.spent.get(source) ?? 0) !== cents);
    for (const [source, cents] of spending)
      entry({ recordKind: 'action', recordId: actionId, field: 'spent', subject: source, previousValue: current.spent.get(source) ?? 0, newValue: cents });
    await this.rows.saveSpending(spending.map(([fundingSource, spentCents]) => ({ lineageId, actionId, fundingSource, spentCents })));

    const milestones = [];
    for (const [id, change] of Object.entries(input.milestones ?? {})) {
      const m = current.milestones.find((x) => x.id === id)!;
      const done = change.done ?? m.done;
      const date = change.date ?? m.date;
      if (done !== m.done) entry({ recordKind: 'milestone', recordId: id, field: 'milestone_done', subject: m.title, previousValue: m.done, newValue: done });
      if (date !== m.date) entry({ recordKind: 'milestone', recordId: id, field: 'milestone_date', subject: m.title, previousValue: m.date, newValue: date });
      if (done !== m.done || date !== m.date) milestones.push({ lineageId, actionId, milestoneId: id, done, dueOn: date });
    }
    await this.rows.saveMilestones(milestones);

    if (!entries.length && note) entry({ recordKind: 'action', recordId: actionId, field: 'note', subject: null, previousValue: null, newValue: null });
    if (!entries.length) throw AppError.validation([{ path: '(body)', message: 'no_change' }], 'Nothing changed');
    await this.rows.addEntries(entries.map((e, position) => ({ ...e, position })));
    return this.get(actor, planId);
  }

  /** An observed value of an indicator: kept with the others and as an entry of its action's timeline. */
  @Transactional()
  async addObservation(actor: Actor, planId: string, indicatorId: string, input: IndicatorObservationInput): Promise<PlanMonitoring> {
    const plan = await this.readable(actor, planId);
    const indicator = isUuid(indicatorId) ? await this.rows.findIndicator(planId, indicatorId) : null;
    if (!indicator) throw AppError.notFound('Indicator');
    this.requireOpen(plan);
    const actionIds = indicator.actionId ? [indicator.actionId] : (await this.rows.actionsOfObjective(indicator.objectiveId!)).map((a) => a.id);
    const allowed = await this.access.allowed(actor, 'plan.monitor', actionIds);
    const managed = (await this.access.allowed(actor, 'space.manage', [plan.spaceId])).has(plan.spaceId);
    if (!allowed.size && !managed) throw this.access.forbidden('plan.monitor');
    const lineageId = await this.rows.lineageOf(planId);
    const note = input.note?.trim() || null;
    const source = input.source?.trim() || null;
    await this.rows.addObservation({ indicatorId, observedOn: input.date, value: input.value, note, source, recordedBy: actor.user.id });
    await this.rows.addEntries([
      {
        lineageId,
        planId,
        actionId: indicator.actionId,
        recordKind: 'indicator',
        recordId: indicatorId,
        field: 'observation',
        position: 0,
        subject: indicator.name,
        previousValue: null,
        newValue: { date: input.date, value: input.value, source },
        note,
        authorUserId: actor.user.id,
        authorName: actor.user.name,
        organisationName: await this.access.organisationLabel(actor),
      },
    ]);
    return this.get(actor, planId);
  }

  /** An action's timeline, newest first, over every plan row of the lineage (so across revisions). */
  async timeline(actor: Actor, planId: string, actionId: string): Promise<MonitoringEntry[]> {
    await this.readable(actor, planId);
    const action = isUuid(actionId) ? await this.rows.findAction(planId, actionId) : null;
    if (!action) throw AppError.notFound('Action');
    const entries = await this.rows.timeline(await this.rows.lineageOf(planId), actionId);
    return entries.map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      recordKind: e.recordKind,
      recordId: e.recordId,
      field: e.field,
      subject: e.subject,
      previous: e.previousValue,
      value: e.newValue,
      note: e.note,
      authorName: e.authorName,
      organisationName: e.organisationName,
      planId: e.planId,
    }));
  }

  /**
   * For the revision: a plan row made from `fromPlanId` continues its lineage, so that the monitored values and the
   * timelines (keyed by lineage and record id) carry over to it.
   */
  async continueLineage(newPlanId: string, fromPlanId: string): Promise<void> {
    await this.rows.setLineage(newPlanId, await this.rows.lineageOf(fromPlanId));
  }

  private requireOpen(plan: PlanEntity) {
    if (!isPlanMonitored(plan)) throw new AppError('conflict', 'Progress is reported once the plan is adopted; while it is a draft it is co-edited');
  }

  private async readable(actor: Actor, id: string): Promise<PlanEntity> {
    if (!isUuid(id)) throw AppError.notFound('Plan');
    await this.access.require(actor, 'plan.read', [id], { notFound: 'Plan' });
    const plan = await this.plans.find(id);
    if (!plan) throw AppError.notFound('Plan');
    return plan;
  }
}

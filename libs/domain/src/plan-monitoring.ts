import { z } from 'zod';
import { canSchema } from './permissions';
import { cents, planActionStatusSchema, planStatusSchema, referenceCode, type PlanActionStatus, type PlanStatus } from './plan';
import { INDICATOR_STATES } from './constants';
import { calendarDate, text } from './text';

/*
 * Monitoring an adopted plan. The adopted plan's frozen record (and its rows) stay as adopted: what the lead
 * organisations report afterwards (status, progress, spending, milestones, observed values) lives in monitoring rows
 * keyed by the plan's lineage and the record's stable id, so that it carries over when a revision replaces the plan.
 * Every change is kept as an entry (who, when, which field, previous and new value, note): the action's timeline.
 */

export const PLAN_MONITOR_RIGHTS = ['plan.monitor'] as const;

/**
 * Whether a plan takes monitoring updates: once adopted, and while a revision of it is being prepared on the same row
 * (it was adopted before). A draft is co-edited instead; a closed (superseded) plan is history.
 */
export function isPlanMonitored(plan: { status: PlanStatus; adoptedAt: string | Date | null }): boolean {
  if (plan.status === 'adopted') return true;
  return (plan.status === 'under_revision' || plan.status === 'submitted') && plan.adoptedAt !== null;
}

const note = () => text().max(2000, 'too_long');

/** One update of an action by its lead organisation: only the fields given change; each change becomes an entry. */
export const actionMonitoringInputSchema = z
  .object({
    status: planActionStatusSchema.optional(),
    progress: z.number({ message: 'must_be_number' }).int('must_be_integer').min(0, 'must_not_be_negative').max(100, 'too_large').optional(),
    /** Spent so far by funding source, in cents (the total to date, not an increment). */
    spent: z.record(referenceCode(), cents()).optional(),
    /** By milestone id: done or not, and its date. */
    milestones: z
      .record(z.uuid({ message: 'invalid_id' }), z.object({ done: z.boolean({ message: 'must_be_boolean' }).optional(), date: calendarDate().optional() }))
      .optional(),
    note: note().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined && x !== ''), { message: 'empty_update' });
export type ActionMonitoringInput = z.input<typeof actionMonitoringInputSchema>;

/** A value observed for an indicator. */
export const indicatorObservationInputSchema = z.object({
  date: calendarDate(),
  value: z.number({ message: 'must_be_number' }).min(-1e12, 'too_small').max(1e12, 'too_large'),
  note: note().optional(),
  source: text().max(300, 'too_long').optional(),
});
export type IndicatorObservationInput = z.input<typeof indicatorObservationInputSchema>;

export const monitoredMilestoneSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  date: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
});

export const monitoredActionSchema = z.object({
  actionId: z.uuid(),
  status: planActionStatusSchema,
  progress: z.number().int(),
  weight: z.number(),
  spent: z.array(z.object({ fundingSource: z.string(), spentCents: z.number().int() })),
  spentTotalCents: z.number().int(),
  milestones: z.array(monitoredMilestoneSchema),
  /** The end date passed and the action is neither completed nor cancelled. */
  overdue: z.boolean(),
  lastUpdatedAt: z.string().nullable(),
  can: canSchema(PLAN_MONITOR_RIGHTS),
});
export type MonitoredAction = z.infer<typeof monitoredActionSchema>;

export const indicatorStateSchema = z.enum(INDICATOR_STATES);

export const monitoredIndicatorSchema = z.object({
  indicatorId: z.uuid(),
  latest: z.object({ date: z.string(), value: z.number(), note: z.string().nullable(), source: z.string().nullable() }).nullable(),
  /** From the latest value against the target and acceptable range; null without a value or a target. */
  state: indicatorStateSchema.nullable(),
  can: canSchema(PLAN_MONITOR_RIGHTS),
});
export type MonitoredIndicator = z.infer<typeof monitoredIndicatorSchema>;

const progressValue = () => z.number().min(0).max(100).nullable();

export const planMonitoringSchema = z.object({
  planId: z.uuid(),
  /** The plan's lineage: the first adopted plan's id, kept by its revisions. */
  lineageId: z.uuid(),
  planStatus: planStatusSchema,
  /** Whether updates are taken now (see `isPlanMonitored`). */
  open: z.boolean(),
  /** Weighted mean of the monitored progress of the actions that are not cancelled, one decimal. */
  progress: progressValue(),
  objectives: z.array(z.object({ objectiveId: z.uuid(), progress: progressValue() })),
  actions: z.array(monitoredActionSchema),
  indicators: z.array(monitoredIndicatorSchema),
  overdue: z.object({ actions: z.number().int(), milestones: z.number().int() }),
});
export type PlanMonitoring = z.infer<typeof planMonitoringSchema>;

export const MONITORING_RECORD_KINDS = ['action', 'milestone', 'indicator'] as const;

/** One change in an action's timeline. `field`: status, progress, spent, milestone_done, milestone_date, observation, note. */
export const monitoringEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  recordKind: z.enum(MONITORING_RECORD_KINDS),
  recordId: z.uuid(),
  field: z.string(),
  /** The funding source of a spending change, the milestone's title, the indicator's name. */
  subject: z.string().nullable(),
  previous: z.unknown(),
  value: z.unknown(),
  note: z.string().nullable(),
  authorName: z.string().nullable(),
  organisationName: z.string().nullable(),
  /** The plan row it was entered on (an earlier one of the lineage for history carried over from before a revision). */
  planId: z.uuid(),
});
export type MonitoringEntry = z.infer<typeof monitoringEntrySchema>;

/*
 * THE overdue rule, one for every place that shows or acts on lateness: the daily job that flags and notifies, the
 * monitoring section, the action board's filter and cards, the organisation's page. On `today` (YYYY-MM-DD, Europe/Rome;
 * a date that is today is not passed yet), an action is late when it is still open (neither completed nor cancelled: a
 * closed action has nothing left to do, so neither it nor its milestones is ever late) and its end date passed, or one
 * of its milestones passed undone. Suspended and planned actions can be late.
 */

/** Completed or cancelled: nothing left to do. */
export const isActionClosed = (status: PlanActionStatus) => status === 'completed' || status === 'cancelled';

/** The action's own end passed while it is open. */
export const isActionOverdue = (a: { endDate: string | null; status: PlanActionStatus }, today: string) =>
  !isActionClosed(a.status) && a.endDate !== null && a.endDate < today;

/** A milestone of an open action whose date passed undone. */
export const isMilestoneOverdue = (m: { date: string; done: boolean }, action: { status: PlanActionStatus }, today: string) =>
  !isActionClosed(action.status) && !m.done && m.date < today;

export interface ActionLateness<M> {
  /** The action's end date passed while it is open. */
  endPassed: boolean;
  /** Its milestones whose date passed undone, in their order. */
  overdueMilestones: M[];
}

/** How late an action is on `today`; null when it is not late at all. */
export function actionLateness<M extends { date: string; done: boolean }>(
  action: { endDate: string | null; status: PlanActionStatus; milestones: readonly M[] },
  today: string,
): ActionLateness<M> | null {
  const endPassed = isActionOverdue(action, today);
  const overdueMilestones = action.milestones.filter((m) => isMilestoneOverdue(m, action, today));
  return endPassed || overdueMilestones.length > 0 ? { endPassed, overdueMilestones } : null;
}

/** Today's date in Rome, where the plans' dates are meant. */
export const romeToday = (at: Date = new Date()) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

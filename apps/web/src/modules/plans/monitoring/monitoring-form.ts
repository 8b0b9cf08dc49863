import {
  actionMonitoringInputSchema,
  indicatorObservationInputSchema,
  type ActionMonitoringInput,
  type FieldIssue,
  type IndicatorObservationInput,
  type MonitoredAction,
  type PlanActionStatus,
} from '@cantiere/domain';
import { formatCents, parseCents } from '../live/input';

/*
 * The monitoring forms as people fill them in (amounts in euros the Italian way, numbers with a comma) and what they
 * send: only what changed, checked with the same schema as the server so that errors show per field before sending.
 */

export type FormResult<T> = { ok: true; input: T } | { ok: false; issues: FieldIssue[] };

export interface ActionFormValues {
  status: PlanActionStatus;
  progress: string;
  /** Euros spent to date by funding source, as typed. */
  spent: Record<string, string>;
  milestones: Record<string, { done: boolean; date: string }>;
  note: string;
}

export function actionFormValues(current: MonitoredAction, fundingSources: readonly string[]): ActionFormValues {
  const spent: Record<string, string> = {};
  for (const code of fundingSources) spent[code] = '';
  for (const s of current.spent) spent[s.fundingSource] = formatCents(s.spentCents);
  return {
    status: current.status,
    progress: String(current.progress),
    spent,
    milestones: Object.fromEntries(current.milestones.map((m) => [m.id, { done: m.done, date: m.date }])),
    note: '',
  };
}

const zodIssues = (issues: { path: PropertyKey[]; message: string }[]): FieldIssue[] =>
  issues.map((i) => ({ path: i.path.length ? i.path.map(String).join('.') : '(body)', message: i.message }));

export function actionFormToInput(values: ActionFormValues, current: MonitoredAction): FormResult<ActionMonitoringInput> {
  const issues: FieldIssue[] = [];
  const input: Record<string, unknown> = {};
  if (values.status !== current.status) input.status = values.status;

  const progressText = values.progress.trim();
  if (!/^-?\d+$/.test(progressText)) issues.push({ path: 'progress', message: progressText === '' ? 'required' : 'must_be_integer' });
  else if (Number(progressText) !== current.progress) input.progress = Number(progressText);

  const was = new Map(current.spent.map((s) => [s.fundingSource, s.spentCents]));
  const spent: Record<string, number> = {};
  for (const [code, text] of Object.entries(values.spent)) {
    if (text.trim() === '') continue;
    const parsed = parseCents(text);
    if (!parsed.ok) issues.push({ path: `spent.${code}`, message: parsed.message });
    else if (parsed.value !== (was.get(code) ?? 0)) spent[code] = parsed.value as number;
  }
  if (Object.keys(spent).length) input.spent = spent;

  const milestones: Record<string, { done?: boolean; date?: string }> = {};
  for (const m of current.milestones) {
    const typed = values.milestones[m.id];
    if (!typed) continue;
    const change = { ...(typed.done !== m.done ? { done: typed.done } : {}), ...(typed.date !== m.date ? { date: typed.date } : {}) };
    if (Object.keys(change).length) milestones[m.id] = change;
  }
  if (Object.keys(milestones).length) input.milestones = milestones;
  if (values.note.trim()) input.note = values.note.trim();

  const checked = actionMonitoringInputSchema.safeParse(input);
  if (!checked.success)
    issues.push(...zodIssues(checked.error.issues).filter((i) => !issues.some((x) => x.path === i.path) && (i.message !== 'empty_update' || !issues.length)));
  if (issues.length === 1 && issues[0].message === 'empty_update') return { ok: false, issues: [{ path: '(body)', message: 'no_change' }] };
  return issues.length ? { ok: false, issues } : { ok: true, input: checked.data as ActionMonitoringInput };
}

export interface ObservationFormValues {
  date: string;
  value: string;
  note: string;
  source: string;
}

export const emptyObservation = (today: string): ObservationFormValues => ({ date: today, value: '', note: '', source: '' });

export function observationFormToInput(values: ObservationFormValues): FormResult<IndicatorObservationInput> {
  const text = values.value.trim().replace(/\s/g, '');
  const number = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : NaN;
  const input = {
    date: values.date,
    value: Number.isNaN(number) ? text : number,
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
    ...(values.source.trim() ? { source: values.source.trim() } : {}),
  };
  const checked = indicatorObservationInputSchema.safeParse(input);
  if (checked.success) return { ok: true, input: checked.data };
  const issues = zodIssues(checked.error.issues).map((i) => (i.path === 'value' && text === '' ? { ...i, message: 'required' } : i));
  return { ok: false, issues };
}

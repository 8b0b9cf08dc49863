import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { romeToday, type FieldIssue, type MonitoredIndicator, type PlanIndicator } from '@cantiere/domain';
import { ApiError } from '../../../api/client';
import { FormField } from '../../../components/FormField';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { PLANS } from '../../../i18n/namespaces/plans';
import { formatDay, formatNumber } from '../format';
import { emptyObservation, observationFormToInput, type ObservationFormValues } from './monitoring-form';
import { useMonitoringIssue } from './useMonitoringIssue';
import { useAddObservation } from './usePlanMonitoring';

/** The state in words and colour (the word carries it; the colour only repeats it). */
const STATE_CLASS = { on_track: 'bg-success', at_risk: 'bg-warning text-dark', off_track: 'bg-danger' } as const;

/** An indicator's latest value and state against its target, and "Registra valore" for those who report. */
export function IndicatorMonitor({
  planId,
  indicator,
  monitored,
  open,
}: {
  planId: string;
  indicator: PlanIndicator;
  monitored: MonitoredIndicator;
  open: boolean;
}) {
  const { t, i18n } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const lang = i18n.language;
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const name = indicator.unit ? t('indicatorOf', { name: indicator.name, unit: indicator.unit }) : indicator.name;
  return (
    <li className="mb-2" data-testid="monitored-indicator">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span className="fw-semibold">{name}</span>
        <span className={`badge ${monitored.state ? STATE_CLASS[monitored.state] : 'bg-secondary'}`} data-testid="indicator-state">
          {monitored.state ? tp(`state_${monitored.state}`) : t('state_none')}
        </span>
      </div>
      <div className="small">
        {monitored.latest ? t('latest', { value: formatNumber(monitored.latest.value, lang), date: formatDay(monitored.latest.date, lang) }) : t('noValue')}
        {indicator.target && ` · ${t('target', { value: formatNumber(indicator.target.value, lang) })}`}
        {indicator.acceptableRange &&
          `, ${t('range', { min: formatNumber(indicator.acceptableRange.min, lang), max: formatNumber(indicator.acceptableRange.max, lang) })}`}
      </div>
      {open && monitored.can['plan.monitor'] && (
        <button
          type="button"
          className="btn btn-sm btn-outline-primary mt-1"
          aria-expanded={editing}
          aria-controls={formId}
          onClick={() => setEditing(!editing)}
        >
          {t('addValue')}
        </button>
      )}
      {editing && <ObservationForm id={formId} planId={planId} indicatorId={indicator.id} name={indicator.name} onDone={() => setEditing(false)} />}
    </li>
  );
}

function ObservationForm({ id, planId, indicatorId, name, onDone }: { id: string; planId: string; indicatorId: string; name: string; onDone: () => void }) {
  const { t } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const issueText = useMonitoringIssue();
  const [values, setValues] = useState<ObservationFormValues>(() => emptyObservation(romeToday()));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const mutation = useAddObservation(planId, indicatorId);
  const errorOf = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? issueText(path, issue.message) : undefined;
  };
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formEl = e.currentTarget;
    const focusFirst = () => requestAnimationFrame(() => formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    const result = observationFormToInput(values);
    if (!result.ok) {
      setIssues(result.issues);
      return focusFirst();
    }
    try {
      await mutation.mutateAsync(result.input);
      onDone();
    } catch (err) {
      setIssues(
        err instanceof ApiError && err.fieldIssues.length ? err.fieldIssues : [{ path: 'value', message: err instanceof ApiError ? err.code : 'generic' }],
      );
      focusFirst();
    }
  };
  const field = (key: keyof ObservationFormValues) => `${id}-${key}`;
  return (
    <form id={id} onSubmit={submit} noValidate aria-label={t('addValueOf', { name })} className="border rounded p-3 mt-2" data-testid="observation-form">
      <div className="row">
        <div className="col-12 col-md-6">
          <FormField id={field('date')} label={t('fields.date')} error={errorOf('date')}>
            {(p) => <input {...p} type="date" value={values.date} onChange={(e) => setValues({ ...values, date: e.target.value })} />}
          </FormField>
        </div>
        <div className="col-12 col-md-6">
          <FormField id={field('value')} label={t('fields.value')} hint={t('fields.valueHint')} error={errorOf('value')}>
            {(p) => <input {...p} inputMode="decimal" value={values.value} onChange={(e) => setValues({ ...values, value: e.target.value })} />}
          </FormField>
        </div>
      </div>
      <FormField id={field('source')} label={tp('fields.baselineSource')} error={errorOf('source')}>
        {(p) => <input {...p} value={values.source} onChange={(e) => setValues({ ...values, source: e.target.value })} />}
      </FormField>
      <FormField id={field('note')} label={t('fields.note')} error={errorOf('note')}>
        {(p) => <textarea {...p} rows={2} value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />}
      </FormField>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('saving') : t('saveValue')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

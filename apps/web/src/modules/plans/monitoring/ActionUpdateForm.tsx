import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_ACTION_STATUSES, type FieldIssue, type MonitoredAction } from '@cantiere/domain';
import { ApiError } from '../../../api/client';
import { FormField } from '../../../components/FormField';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { PLANS } from '../../../i18n/namespaces/plans';
import { actionFormToInput, actionFormValues, type ActionFormValues } from './monitoring-form';
import { useMonitoringIssue } from './useMonitoringIssue';
import { useUpdateAction } from './usePlanMonitoring';

interface Props {
  planId: string;
  title: string;
  current: MonitoredAction;
  /** The action's funding sources (planned or spent), with their labels. */
  fundingSources: { code: string; label: string }[];
  onSaved: () => void;
  onCancel: () => void;
}

/** "Aggiorna avanzamento": status, progress, spending by source, milestones and a note; errors per field, focus on the first. */
export function ActionUpdateForm({ planId, title, current, fundingSources, onSaved, onCancel }: Props) {
  const { t } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const { t: tc } = useTranslation();
  const issueText = useMonitoringIssue();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ActionFormValues>(() =>
    actionFormValues(
      current,
      fundingSources.map((f) => f.code),
    ),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const mutation = useUpdateAction(planId, current.actionId);
  const errorOf = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? issueText(path, issue.message) : undefined;
  };
  const fieldId = (path: string) => `${id}-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

  const showIssues = (list: FieldIssue[]) => {
    setIssues(list);
    // The first field in error takes the focus, so that keyboard and screen-reader users land on it.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = actionFormToInput(values, current);
    if (!result.ok) return showIssues(result.issues);
    try {
      await mutation.mutateAsync(result.input);
      setIssues([]);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.fieldIssues.length) showIssues(err.fieldIssues);
      else showIssues([{ path: '(body)', message: err instanceof ApiError ? err.code : 'generic' }]);
    }
  };

  const general = errorOf('(body)');
  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('updateOf', { title })} className="border rounded p-3 mt-2" data-testid="action-update-form">
      {general && (
        <div className="alert alert-danger" role="alert" tabIndex={-1} data-form-error>
          {general}
        </div>
      )}
      <div className="row">
        <div className="col-12 col-md-6">
          <FormField id={fieldId('status')} label={tc('common.status')} error={errorOf('status')}>
            {(p) => (
              <select
                {...p}
                className="form-select"
                value={values.status}
                onChange={(e) => setValues({ ...values, status: e.target.value as ActionFormValues['status'] })}
              >
                {PLAN_ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {tp(`actionStatus_${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="col-12 col-md-6">
          <FormField id={fieldId('progress')} label={t('fields.progress')} hint={t('fields.progressHint')} error={errorOf('progress')}>
            {(p) => <input {...p} inputMode="numeric" value={values.progress} onChange={(e) => setValues({ ...values, progress: e.target.value })} />}
          </FormField>
        </div>
      </div>
      {fundingSources.length > 0 && (
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold">{t('fields.spent')}</legend>
          <p className="form-text mt-0">{t('fields.spentHint')}</p>
          <div className="row">
            {fundingSources.map((f) => (
              <div className="col-12 col-md-6" key={f.code}>
                <FormField id={fieldId(`spent.${f.code}`)} label={f.label} error={errorOf(`spent.${f.code}`)}>
                  {(p) => (
                    <input
                      {...p}
                      inputMode="decimal"
                      value={values.spent[f.code] ?? ''}
                      onChange={(e) => setValues({ ...values, spent: { ...values.spent, [f.code]: e.target.value } })}
                    />
                  )}
                </FormField>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {current.milestones.length > 0 && (
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold">{tp('fields.milestones')}</legend>
          {current.milestones.map((m) => {
            const typed = values.milestones[m.id];
            const set = (change: Partial<typeof typed>) => setValues({ ...values, milestones: { ...values.milestones, [m.id]: { ...typed, ...change } } });
            return (
              <div className="row align-items-end" key={m.id}>
                <div className="col-12 col-md-6">
                  <div className="form-check mb-3">
                    <input
                      id={fieldId(`done-${m.id}`)}
                      type="checkbox"
                      className="form-check-input"
                      checked={typed.done}
                      onChange={(e) => set({ done: e.target.checked })}
                    />
                    <label htmlFor={fieldId(`done-${m.id}`)} className="form-check-label">
                      {t('fields.milestoneDone', { title: m.title })}
                    </label>
                  </div>
                </div>
                <div className="col-12 col-md-6">
                  <FormField
                    id={fieldId(`milestones.${m.id}.date`)}
                    label={t('fields.milestoneDate', { title: m.title })}
                    error={errorOf(`milestones.${m.id}.date`) ?? errorOf(`milestones.${m.id}`)}
                  >
                    {(p) => <input {...p} type="date" value={typed.date} onChange={(e) => set({ date: e.target.value })} />}
                  </FormField>
                </div>
              </div>
            );
          })}
        </fieldset>
      )}
      <FormField id={fieldId('note')} label={t('fields.note')} hint={t('fields.noteHint')} error={errorOf('note')}>
        {(p) => <textarea {...p} rows={2} value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />}
      </FormField>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

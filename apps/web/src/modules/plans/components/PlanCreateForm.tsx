import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planCreateSchema, type PlanCreate } from '@cantiere/domain';
import { ApiError } from '../../../api/client';
import { FormField } from '../../../components/FormField';
import { PLANS } from '../../../i18n/namespaces/plans';
import { apiErrors, focusFirstError, type FieldErrors } from '../../../forms/errors';
import { issueMessage } from '../issue-text';

const ID = 'new-plan-';

/** Field errors with the plans' own sentences (an end year before the start, a period of more than ten years). */
function errorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || 'title';
    out[path] ??= issueMessage(path, issue.message);
  }
  return out;
}

/**
 * A new plan: its title and period (the years it covers). Checked with the API's own schema as it is filled in, after
 * the first attempt to send it, so that the messages appear where the mistake is, in Italian.
 */
export function PlanCreateForm({ spaceId, onCreate, onCancel }: { spaceId: string; onCreate: (input: PlanCreate) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation(PLANS);
  const year = new Date().getFullYear();
  const [values, setValues] = useState({ title: '', startYear: String(year), endYear: String(year + 2) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const input = (v: typeof values): PlanCreate => ({
    spaceId,
    title: v.title,
    startYear: v.startYear.trim() === '' ? NaN : Number(v.startYear),
    endYear: v.endYear.trim() === '' ? NaN : Number(v.endYear),
  });
  const check = (v: typeof values): FieldErrors => {
    const result = planCreateSchema.safeParse(input(v));
    return result.success ? {} : errorsOf(result.error.issues);
  };
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => {
    const next = { ...values, [key]: e.target.value };
    setValues(next);
    if (tried) setErrors(check(next));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const local = check(values);
    setErrors(local);
    if (Object.keys(local).length) return focusFirstError(local, ID);
    setBusy(true);
    setMessage(null);
    try {
      await onCreate(planCreateSchema.parse(input(values)));
    } catch (err) {
      const { fields, message: general } = apiErrors(t, err);
      const mapped = err instanceof ApiError ? errorsOf(err.fieldIssues.map((i) => ({ path: [i.path], message: i.message }))) : fields;
      setErrors(mapped);
      setMessage(general);
      focusFirstError(mapped, ID);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-plan-heading">
      <h3 id="new-plan-heading" className="h5">
        {t('list.newPlan')}
      </h3>
      {message && (
        <div className="alert alert-danger" role="alert">
          {message}
        </div>
      )}
      <FormField id={`${ID}title`} label={t('common.title')} error={errors.title} hint={t('list.titleHint')}>
        {(p) => <input {...p} type="text" maxLength={300} value={values.title} onChange={set('title')} />}
      </FormField>
      <div className="row">
        <div className="col-sm-6">
          <FormField id={`${ID}startYear`} label={t('list.startYear')} error={errors.startYear}>
            {(p) => <input {...p} type="text" inputMode="numeric" maxLength={4} value={values.startYear} onChange={set('startYear')} />}
          </FormField>
        </div>
        <div className="col-sm-6">
          <FormField id={`${ID}endYear`} label={t('list.endYear')} error={errors.endYear}>
            {(p) => <input {...p} type="text" inputMode="numeric" maxLength={4} value={values.endYear} onChange={set('endYear')} />}
          </FormField>
        </div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('list.create')}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planAdoptInputSchema, type PlanAdoptInput, type PlanDetail } from '@cantiere/domain';
import { ApiError } from '../../../../api/client';
import { FormField } from '../../../../components/FormField';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { apiErrors, focusFirstError, type FieldErrors } from '../../../../forms/errors';
import { useAdoptingDecisions } from '../../hooks/usePlanAdoption';
import { issueMessage } from '../../issue-text';

const ID = 'adopt-';
const empty = { decisionId: '', body: '', number: '', date: '' };

function errorsOf(issues: readonly { path: string; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) out[i.path || 'decisionId'] ??= issueMessage(i.path, i.message);
  return out;
}

interface Props {
  plan: PlanDetail;
  onAdopt: (input: PlanAdoptInput) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Adoption, in a modal dialog of two steps: the adopting decision and/or act (checked with the API's own schema, errors
 * by field), then a confirmation of the irreversible step. Errors the server finds bring the form back, at the field.
 */
export function AdoptDialog({ plan, onAdopt, onClose }: Props) {
  const { t } = useTranslation(PLANS);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const decisions = useAdoptingDecisions(plan.spaceId, true);
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => opener?.focus();
  }, []);

  const input = (): PlanAdoptInput => ({
    decisionId: values.decisionId || null,
    body: values.body,
    number: values.number,
    date: values.date || null,
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value });

  const next = (e: FormEvent) => {
    e.preventDefault();
    const result = planAdoptInputSchema.safeParse(input());
    const local = result.success ? {} : errorsOf(result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
    setErrors(local);
    if (Object.keys(local).length) return focusFirstError(local, ID);
    setConfirming(true);
  };

  const adopt = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await onAdopt(planAdoptInputSchema.parse(input()));
      onClose();
    } catch (err) {
      const { fields, message: general } = apiErrors(t, err);
      const mapped = err instanceof ApiError && err.fieldIssues.length ? errorsOf(err.fieldIssues) : fields;
      setErrors(mapped);
      setMessage(general);
      setConfirming(false);
      focusFirstError(mapped, ID);
    } finally {
      setBusy(false);
    }
  };

  const options = decisions.data ?? [];
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid="adopt-dialog"
      className="p-0 border-0 rounded shadow"
      style={{ width: 'min(42rem, 94vw)' }}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="modal-content">
        <div className="modal-header px-4 pt-4">
          <h2 id={titleId} className="modal-title h5 mb-0">
            {confirming ? t('cycle.confirmTitle') : t('cycle.adoptTitle')}
          </h2>
        </div>
        {confirming ? (
          <div className="modal-body px-4">
            <p>{t('cycle.confirmBody')}</p>
            <div className="d-flex flex-wrap justify-content-end gap-2 pb-3">
              <button type="button" className="btn btn-outline-secondary" autoFocus disabled={busy} onClick={() => setConfirming(false)}>
                {t('common.back')}
              </button>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={adopt}>
                {t('cycle.confirm')}
              </button>
            </div>
          </div>
        ) : (
          <form className="modal-body px-4" onSubmit={next} noValidate>
            <p>{t('cycle.adoptIntro')}</p>
            {message && (
              <div className="alert alert-danger" role="alert">
                {message}
              </div>
            )}
            <FormField
              id={`${ID}decisionId`}
              label={t('cycle.decision')}
              error={errors.decisionId}
              hint={decisions.isSuccess && !options.length ? t('cycle.noDecisions') : undefined}
            >
              {(p) => (
                <select {...p} className={p.className.replace('form-control', 'form-select')} value={values.decisionId} onChange={set('decisionId')}>
                  <option value="">{t('cycle.noDecision')}</option>
                  {options.map((d) => (
                    <option key={d.id} value={d.id}>
                      {t('cycle.decisionOption', { meeting: d.meetingLabel, text: d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <fieldset>
              <legend className="h6">{t('cycle.actLegend')}</legend>
              <FormField id={`${ID}body`} label={t('cycle.actBody')} hint={t('cycle.actBodyHint')} error={errors.body}>
                {(p) => <input {...p} type="text" maxLength={200} value={values.body} onChange={set('body')} />}
              </FormField>
              <div className="row">
                <div className="col-sm-6">
                  <FormField id={`${ID}number`} label={t('cycle.actNumber')} error={errors.number}>
                    {(p) => <input {...p} type="text" maxLength={60} value={values.number} onChange={set('number')} />}
                  </FormField>
                </div>
                <div className="col-sm-6">
                  <FormField id={`${ID}date`} label={t('cycle.actDate')} error={errors.date}>
                    {(p) => <input {...p} type="date" value={values.date} onChange={set('date')} />}
                  </FormField>
                </div>
              </div>
            </fieldset>
            <div className="d-flex flex-wrap justify-content-end gap-2 pb-3">
              <button type="button" className="btn btn-outline-secondary" onClick={onClose}>
                {t('cycle.cancel')}
              </button>
              <button type="submit" className="btn btn-primary">
                {t('cycle.next')}
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@cantiere/domain';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { apiErrors } from '../../../../forms/errors';
import { usePlanCycle, type CycleStep } from '../../hooks/usePlanAdoption';
import { AdoptDialog } from './AdoptDialog';

type Done = 'submit' | 'withdraw' | 'adopt' | 'revise';

/**
 * The steps of the plan's cycle its caller may take now: submit or withdraw (facilitators), adopt a submitted plan
 * (with its act, confirmed), start the revision of an adopted one (confirmed). Nothing shows to those who may not.
 */
export function PlanCycle({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation(PLANS);
  const cycle = usePlanCycle(plan.id);
  const [dialog, setDialog] = useState<'adopt' | 'revise' | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (s: CycleStep) => {
    setError(null);
    setDone(null);
    try {
      await cycle.mutateAsync(s);
      setDone(s.step);
    } catch (err) {
      if (s.step === 'adopt') throw err;
      setError(apiErrors(t, err).message);
    }
  };

  const can = plan.can;
  const canSubmit = can['plan.submit'] && (plan.status === 'draft' || plan.status === 'under_revision');
  const canWithdraw = can['plan.submit'] && plan.status === 'submitted';
  const canAdopt = can['plan.adopt'] && plan.status === 'submitted';
  const canRevise = can['plan.adopt'] && plan.status === 'adopted';
  if (!canSubmit && !canWithdraw && !canAdopt && !canRevise && !done) return null;

  return (
    <section aria-labelledby="plan-cycle-title" className="mb-3">
      <h2 id="plan-cycle-title" className="visually-hidden">
        {t('cycle.title')}
      </h2>
      <div className="d-flex flex-wrap gap-2 align-items-center">
        {canSubmit && (
          <button type="button" className="btn btn-primary" disabled={cycle.isPending} onClick={() => void run({ step: 'submit' })}>
            {t('cycle.submit')}
          </button>
        )}
        {canWithdraw && (
          <button type="button" className="btn btn-outline-primary" disabled={cycle.isPending} onClick={() => void run({ step: 'withdraw' })}>
            {t('cycle.withdraw')}
          </button>
        )}
        {canAdopt && (
          <button type="button" className="btn btn-success" disabled={cycle.isPending} onClick={() => setDialog('adopt')}>
            {t('cycle.adopt')}
          </button>
        )}
        {canRevise && (
          <button type="button" className="btn btn-outline-primary" disabled={cycle.isPending} onClick={() => setDialog('revise')}>
            {t('cycle.revise')}
          </button>
        )}
      </div>
      {canSubmit && <p className="form-text mb-0">{t('cycle.submitHint')}</p>}
      <div role="status" className="mt-2">
        {done && <span className="text-success">{t(`cycle.done_${done}`)}</span>}
      </div>
      {error && (
        <div className="alert alert-danger mt-2" role="alert">
          {error}
        </div>
      )}
      {dialog === 'adopt' && <AdoptDialog plan={plan} onAdopt={(input) => run({ step: 'adopt', input })} onClose={() => setDialog(null)} />}
      {dialog === 'revise' && (
        <ConfirmDialog
          title={t('cycle.reviseTitle')}
          confirmLabel={t('cycle.reviseConfirm')}
          cancelLabel={t('cycle.cancel')}
          busy={cycle.isPending}
          testId="revise-dialog"
          onCancel={() => setDialog(null)}
          onConfirm={() => void run({ step: 'revise' }).finally(() => setDialog(null))}
        >
          <p className="mb-0">{t('cycle.reviseBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PLAN_EDITABLE_STATUSES, planIntroductionRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { PLANS } from '../../../i18n/namespaces/plans';
import { planKeys } from '../api/keys';
import { useSpacePlans } from '../hooks/useSpacePlans';

const NEW = '';

/**
 * On an old free-text plan document (`action_plan_draft`): "Usa come introduzione di un piano", into a new plan of the
 * space or a draft one the caller may write; once used, the plan it introduces, linked.
 */
export function UseAsPlanIntroduction({ documentId, spaceId }: { documentId: string; spaceId: string }) {
  const { t } = useTranslation(PLANS);
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const plans = useSpacePlans(spaceId);
  const [target, setTarget] = useState(NEW);
  const use = useMutation({
    mutationFn: (planId: string | null) => call(planIntroductionRoutes.fromDocument, { params: { id: documentId }, body: { planId } }),
    onSuccess: async ({ plan }) => {
      await client.invalidateQueries({ queryKey: planKeys.all });
      navigate(`/piani/${plan.id}`);
    },
  });
  const usedBy = plans.data?.find((p) => p.introductionDocumentId === documentId);
  if (usedBy)
    return (
      <p className="alert alert-info" data-testid="used-as-introduction">
        <Link to={`/piani/${usedBy.id}`}>{t('introduction.usedBy', { title: usedBy.title })}</Link>
      </p>
    );
  const drafts = (plans.data ?? []).filter((p) => PLAN_EDITABLE_STATUSES.includes(p.status) && p.can['plan.write']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    use.mutate(target === NEW ? null : target);
  };
  return (
    <form onSubmit={submit} className="card card-body mb-3" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h5">
        {t('introduction.action')}
      </h2>
      <p className="small">{t('introduction.intro')}</p>
      <label htmlFor={`${id}-plan`} className="form-label">
        {t('introduction.target')}
      </label>
      <select id={`${id}-plan`} className="form-select mb-2" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value={NEW}>{t('introduction.newPlan')}</option>
        {drafts.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      {use.error && (
        <p className="text-danger" role="alert">
          {t('introduction.failed', { message: use.error.message })}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={use.isPending}>
          {t('introduction.action')}
        </button>
      </div>
    </form>
  );
}

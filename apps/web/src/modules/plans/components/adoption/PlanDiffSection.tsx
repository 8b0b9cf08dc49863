import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@cantiere/domain';
import { QueryError } from '../../../../components/QueryError';
import { PLANS } from '../../../../i18n/namespaces/plans';
import type { PlanChoices } from '../../hooks/usePlanChoices';
import { usePlanDiff } from '../../hooks/usePlanAdoption';
import { PlanDiffView } from './PlanDiffView';

/** On a plan revised after adoption (under revision, or submitted again): its differences from the version in force. */
export function PlanDiffSection({ plan, labels }: { plan: PlanDetail; labels: PlanChoices['labels'] }) {
  const { t } = useTranslation(PLANS);
  const revised = plan.adoptedAt !== null && (plan.status === 'under_revision' || plan.status === 'submitted');
  const diff = usePlanDiff(plan.id, revised, plan.updatedAt);
  if (!revised) return null;
  return (
    <section aria-labelledby="plan-diff-title" className="mb-4" data-testid="plan-diff">
      <h2 id="plan-diff-title" className="h4">
        {t('diff.title')}
      </h2>
      {diff.error ? (
        <QueryError error={diff.error} onRetry={() => diff.refetch()} />
      ) : diff.data ? (
        <PlanDiffView diff={diff.data} labels={labels} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}

import type { PlanStatus } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../i18n/namespaces/plans';

const COLOR: Record<PlanStatus, string> = {
  draft: 'bg-secondary',
  submitted: 'bg-primary',
  adopted: 'bg-success',
  under_revision: 'bg-warning text-dark',
  closed: 'bg-dark',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation(PLANS);
  return (
    <span className={`badge ${COLOR[status]}`} data-testid="plan-status">
      {t(`status_${status}`)}
    </span>
  );
}

import type { Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

const COLOR: Record<Meeting['status'], string> = {
  draft: 'bg-secondary',
  convened: 'bg-primary',
  in_progress: 'bg-success',
  closed: 'bg-dark',
  minutes_approved: 'bg-info text-dark',
  cancelled: 'bg-danger',
};

export function StatusBadge({ status }: { status: Meeting['status'] }) {
  const { t } = useTranslation(MEETINGS);
  return <span className={`badge ${COLOR[status]}`}>{t(`status_${status}`)}</span>;
}

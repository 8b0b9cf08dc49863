import type { Meeting } from '@cantiere/domain';
import { useMeetingText } from '../texts';

const COLOR: Record<Meeting['status'], string> = {
  draft: 'bg-secondary',
  convened: 'bg-primary',
  in_progress: 'bg-success',
  closed: 'bg-dark',
  minutes_approved: 'bg-info text-dark',
  cancelled: 'bg-danger',
};

export function StatusBadge({ status }: { status: Meeting['status'] }) {
  const t = useMeetingText();
  return <span className={`badge ${COLOR[status]}`}>{t(`status_${status}`)}</span>;
}

import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PLAN_COMMENTS } from '../../../i18n/namespaces/planComments';
import { useOpenCountsHere } from './open-counts-context';
import { COMMENT_PARAM, DISCUSSION_ID, RECORD_PARAM } from './params';

/** An objective's or an action's open comment threads, as a link to its discussion; nothing when none is open. */
export function OpenCommentsBadge({ recordId }: { recordId: string }) {
  const counts = useOpenCountsHere();
  const open = counts?.get(recordId) ?? 0;
  return open ? <BadgeLink recordId={recordId} open={open} /> : null;
}

function BadgeLink({ recordId, open }: { recordId: string; open: number }) {
  const { t } = useTranslation(PLAN_COMMENTS);
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set(RECORD_PARAM, recordId);
  next.delete(COMMENT_PARAM);
  return (
    <Link
      to={{ search: `?${next.toString()}`, hash: DISCUSSION_ID }}
      className="badge rounded-pill bg-primary text-decoration-none"
      data-testid="open-comments"
    >
      {t('openBadge', { count: open })}
    </Link>
  );
}

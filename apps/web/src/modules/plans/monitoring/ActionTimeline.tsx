import { useTranslation } from 'react-i18next';
import type { MonitoringEntry } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { PLANS } from '../../../i18n/namespaces/plans';
import { formatDay, formatEuros, formatNumber } from '../format';
import { useActionTimeline } from './usePlanMonitoring';

/** "Storico aggiornamenti": who changed what on an action, when, from which value to which, newest first. */
export function ActionTimeline({
  planId,
  actionId,
  id,
  labelOf,
}: {
  planId: string;
  actionId: string;
  id: string;
  labelOf: (fundingSource: string) => string;
}) {
  const { t, i18n } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const query = useActionTimeline(planId, actionId, true);
  const lang = i18n.language;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <p role="status">{t('loading')}</p>;

  const describe = (e: MonitoringEntry): string => {
    switch (e.field) {
      case 'status':
        return t('entry.status', { from: tp(`actionStatus_${e.previous as 'planned'}`), to: tp(`actionStatus_${e.value as 'planned'}`) });
      case 'progress':
        return t('entry.progress', { from: String(e.previous), to: String(e.value) });
      case 'spent':
        return t('entry.spent', { subject: labelOf(e.subject ?? ''), from: formatEuros(e.previous as number, lang), to: formatEuros(e.value as number, lang) });
      case 'milestone_done':
        return t(e.value ? 'entry.milestone_done_true' : 'entry.milestone_done_false', { subject: e.subject ?? '' });
      case 'milestone_date':
        return t('entry.milestone_date', { subject: e.subject ?? '', from: formatDay(e.previous as string, lang), to: formatDay(e.value as string, lang) });
      case 'observation': {
        const o = e.value as { date: string; value: number };
        return t('entry.observation', { subject: e.subject ?? '', value: formatNumber(o.value, lang), date: formatDay(o.date, lang) });
      }
      default:
        return t('entry.note');
    }
  };
  return (
    <div id={id} className="mt-2" data-testid="action-timeline">
      {query.data.length === 0 ? (
        <p className="small text-secondary mb-0">{t('noHistory')}</p>
      ) : (
        <ol className="list-unstyled border-start border-2 ps-3 mb-0">
          {query.data.map((e) => (
            <li key={e.id} className="mb-2" data-testid="timeline-entry">
              <div>{describe(e)}</div>
              {e.note && <div className="small fst-italic">«{e.note}»</div>}
              <div className="small text-secondary">
                <time dateTime={e.at}>{new Date(e.at).toLocaleString(lang === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'short', timeStyle: 'short' })}</time>
                {' · '}
                {e.organisationName
                  ? t('entry.by', { name: e.authorName ?? '', organisation: e.organisationName })
                  : t('entry.byName', { name: e.authorName ?? '' })}
                {e.planId !== planId && ` · ${t('entry.earlier')}`}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { BacklogEntry } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { useAgendaChange } from '../hooks/useAgendaChange';
import { useBacklog } from '../hooks/useBacklog';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { agendaRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/**
 * What earlier meetings left open, offered for this agenda; adding an entry links the new item to its source. The
 * list is refetched whenever the agenda changes (an entry taken leaves it).
 */
export function BacklogPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(MEETINGS);
  const backlog = useBacklog(meetingId);
  const entries = backlog.data;
  const change = useAgendaChange(meetingId);
  const [error, setError] = useState<string | null>(null);
  const add = async (entry: BacklogEntry) => {
    try {
      await change.mutateAsync({
        send: async () =>
          (
            await call(agendaRoutes.create, {
              params: { id: meetingId },
              body: {
                title: entry.title.slice(0, 300),
                kind: entry.type === 'decision' ? 'decision' : 'discussion',
                plannedMinutes: 15,
                description: entry.detail,
                source: { type: entry.type, id: entry.id },
              },
            })
          ).agenda,
      });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section aria-labelledby="backlog-title" className="mt-4">
      <h2 id="backlog-title" className="h5">
        {t('backlog')}
      </h2>
      <p className="small text-secondary">{t('backlogIntro')}</p>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {backlog.error && <QueryError error={backlog.error} onRetry={() => backlog.refetch()} />}
      {entries && entries.length === 0 && <p>{t('noBacklog')}</p>}
      <ul className="list-group" data-testid="backlog">
        {entries?.map((e) => (
          <li key={`${e.type}:${e.id}`} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
            <span>
              <span className="badge bg-warning text-dark me-2">{t(`backlogType_${e.type}`)}</span>
              {e.title}
              <span className="d-block small text-secondary">
                {e.meetingLabel}
                {e.detail ? ` · ${e.detail}` : ''}
              </span>
            </span>
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => void add(e)}>
              {t('addFromBacklog')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

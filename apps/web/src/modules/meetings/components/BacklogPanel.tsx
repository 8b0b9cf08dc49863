import { useEffect, useState } from 'react';
import type { Agenda, BacklogEntry } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../api';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** What earlier meetings left open, offered for this agenda; adding an entry links the new item to its source. */
export function BacklogPanel({ meetingId, agendaVersion, onAdded }: { meetingId: string; agendaVersion: number; onAdded: (agenda: Agenda) => void }) {
  const { t } = useTranslation(MEETINGS);
  const [entries, setEntries] = useState<BacklogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    meetingsApi.backlog(meetingId).then(
      (r) => setEntries(r.entries),
      (e: Error) => setError(e.message),
    );
  }, [meetingId, agendaVersion]);
  const add = async (entry: BacklogEntry) => {
    try {
      onAdded(
        await meetingsApi.addItem(meetingId, {
          title: entry.title.slice(0, 300),
          kind: entry.type === 'decision' ? 'decision' : 'discussion',
          plannedMinutes: 15,
          description: entry.detail,
          source: { type: entry.type, id: entry.id },
        }),
      );
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

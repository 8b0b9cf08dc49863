import { Link } from 'react-router-dom';
import type { AgendaItem, Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** Beside the live minutes: the item the table is on, what it is about and its papers, and the way to the projector. */
export function CurrentItemCard({ meeting, items }: { meeting: Meeting; items: AgendaItem[] }) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const current = items.find((i) => i.id === meeting.run.currentItemId) ?? null;
  return (
    <section
      aria-labelledby="current-item-title"
      className="card card-body mb-4 border-start border-4 border-success"
      data-testid="current-item-card"
      aria-live="polite"
    >
      <h2 id="current-item-title" className="h5">
        {t('currentItem')}
      </h2>
      {current ? (
        <>
          <p className="fw-semibold mb-1">
            {current.position}. {current.title}
          </p>
          {current.presenterName && (
            <p className="small mb-1">
              {t('presenter')}: {current.presenterName}
              {current.presenterOrganisationName ? ` (${current.presenterOrganisationName})` : ''}
            </p>
          )}
          {current.description && <p className="small mb-1">{current.description}</p>}
          {current.documents.length > 0 && (
            <p className="small mb-1">
              {t('documents')}:{' '}
              {current.documents.map((d, k) => (
                <span key={d.id}>
                  {k > 0 && ', '}
                  <Link to={`/documenti/${d.id}`}>{d.title}</Link>
                </span>
              ))}
            </p>
          )}
        </>
      ) : (
        <p className="small">{tl('noCurrentItem')}</p>
      )}
      <p className="mb-0 mt-2">
        <Link to={`/sedute/${meeting.id}/conduzione`}>{tl('openRunMode')}</Link>
      </p>
    </section>
  );
}

import { Link } from 'react-router-dom';
import type { AgendaItem } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { clock } from '../rome';

/** The item under discussion on the projector: title, what it is about, its papers and its timer against the plan. */
export function RunCurrentItem({ current, elapsed }: { current: AgendaItem | null; elapsed: number }) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const overrun = current ? elapsed - current.plannedMinutes * 60 : 0;
  return (
    <section aria-labelledby="current-item" className="run-current" aria-live="polite">
      <h2 id="current-item" className="run-label">
        {t('currentItem')}
      </h2>
      {current ? (
        <>
          <p className="run-item-title" data-testid="run-current">
            {current.position}. {current.title}
          </p>
          {current.presenterName && (
            <p className="run-text">
              {t('presenter')}: {current.presenterName}
              {current.presenterOrganisationName ? ` (${current.presenterOrganisationName})` : ''}
            </p>
          )}
          {current.description && (
            <p className="run-text run-description" data-testid="run-description">
              {current.description}
            </p>
          )}
          {current.documents.length > 0 && (
            <div data-testid="run-documents">
              <h3 className="run-label mt-3">{tl('itemDocuments')}</h3>
              <ul className="run-text">
                {current.documents.map((d) => (
                  <li key={d.id}>
                    <Link to={`/documenti/${d.id}`}>{d.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className={`run-timer mb-0${overrun > 0 ? ' text-danger' : ''}`} aria-label={t('elapsed')} data-testid="run-timer">
            {clock(elapsed)} <span className="run-planned">/ {t('planned', { count: current.plannedMinutes })}</span>
          </p>
          {overrun > 0 && (
            <div className="alert alert-danger mt-2 run-text" role="alert">
              {t('overrunItem', { time: clock(overrun) })}
            </div>
          )}
        </>
      ) : (
        <p className="run-text">{t('noCurrentItem')}</p>
      )}
    </section>
  );
}

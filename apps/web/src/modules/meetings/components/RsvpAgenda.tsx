import { Link } from 'react-router-dom';
import type { RsvpAgendaItem } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/**
 * The ordine del giorno on the page reached from a personal RSVP link. Documents come as titles; a title is a link
 * only when the invited person has an account, since the document page asks for a login.
 */
export function RsvpAgenda({ items }: { items: RsvpAgendaItem[] }) {
  const { t } = useTranslation(MEETINGS);
  const someUnlinked = items.some((i) => i.documents.some((d) => !d.path));
  return (
    <section aria-labelledby="rsvp-agenda-title" className="mb-4">
      <h2 id="rsvp-agenda-title" className="h4">
        {t('agenda')}
      </h2>
      {items.length === 0 ? (
        <p>{t('noItems')}</p>
      ) : (
        <ol className="list-group list-group-numbered" data-testid="rsvp-agenda">
          {items.map((item) => (
            <li key={item.position} className="list-group-item">
              <span className="fw-semibold">{item.title}</span>
              <span className="small text-secondary">
                {' '}
                · {t(`itemKind_${item.kind}`)} · {t('minutesShort', { count: item.plannedMinutes })}
              </span>
              {item.presenterName && (
                <div className="small">
                  {t('presenter')}: {item.presenterName}
                  {item.presenterOrganisationName ? ` (${item.presenterOrganisationName})` : ''}
                </div>
              )}
              {item.description && <p className="mb-1 small">{item.description}</p>}
              {item.documents.length > 0 && (
                <div className="small">
                  <span>{t('documents')}:</span>
                  <ul className="mb-0">
                    {item.documents.map((d, k) => (
                      <li key={k}>{d.path ? <Link to={d.path}>{d.title}</Link> : d.title}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {someUnlinked && <p className="small text-secondary mt-2">{t('rsvpDocumentsNeedAccount')}</p>}
    </section>
  );
}

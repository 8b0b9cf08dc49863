import { useTranslation } from 'react-i18next';
import type { AdoptionAct, PlanAdoption, PlanDetail } from '@cantiere/domain';
import { dateLocale } from '../../../../i18n';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { formatDay } from '../../format';
import { useAdoptedPlan } from '../../hooks/usePlanAdoption';

const instant = (iso: string, language: string) =>
  new Date(iso).toLocaleDateString(dateLocale(language), { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });

function ActLines({ act }: { act: AdoptionAct }) {
  const { t, i18n } = useTranslation(PLANS);
  return (
    <>
      {act.body && <span className="d-block">{t('adopted.act', { body: act.body, number: act.number ?? '', date: formatDay(act.date, i18n.language) })}</span>}
      {act.decision && <span className="d-block">{t('adopted.decision', { text: act.decision.text, meeting: act.decision.meetingLabel })}</span>}
    </>
  );
}

function HistoryItem({ a }: { a: PlanAdoption }) {
  const { t, i18n } = useTranslation(PLANS);
  return (
    <li className="mb-2">
      <strong>{t('adopted.version', { version: a.version })}</strong>
      {' – '}
      {t('adopted.adoptedOn', { date: instant(a.adoptedAt, i18n.language) })}
      {', '}
      {a.supersededAt ? t('adopted.superseded', { version: a.supersededByVersion ?? '', date: instant(a.supersededAt, i18n.language) }) : t('adopted.current')}
      <ActLines act={a.act} />
      <code className="d-block text-break small">{a.sha256}</code>
    </li>
  );
}

/**
 * For a plan adopted at least once: the version in force with its act, its date and the SHA-256 of the sealed record
 * (what every export of it is rendered from), and, once revised, the history of adoptions.
 */
export function AdoptedBanner({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation(PLANS);
  const adopted = useAdoptedPlan(plan);
  const data = adopted.data;
  if (!plan.adoptedAt || !data) return null;
  const a = data.adoption;
  return (
    <section className="callout success mb-4" aria-labelledby="adopted-title" data-testid="adopted-banner">
      <div className="callout-title">
        <h2 id="adopted-title" className="h5 mb-0">
          {t('adopted.title')}
        </h2>
      </div>
      <p className="mb-1">
        {t('adopted.inForce', { version: a.version })} – {t('adopted.adoptedOn', { date: instant(a.adoptedAt, i18n.language) })}
      </p>
      <p className="mb-1">
        <ActLines act={a.act} />
      </p>
      <p className="mb-1">
        <span className="d-block fw-semibold" id="adopted-sha-label">
          {t('adopted.fingerprint')}
        </span>
        <code className="text-break" data-testid="adopted-sha256">
          {data.sha256}
        </code>
      </p>
      <p className="small mb-1">{t('adopted.fingerprintHint')}</p>
      {plan.status !== 'adopted' && <p className="mb-1">{t('adopted.underRevision')}</p>}
      {data.history.length > 1 && (
        <details className="mt-2">
          <summary>{t('adopted.history')}</summary>
          <ol reversed className="mt-2">
            {data.history.map((h) => (
              <HistoryItem key={h.id} a={h} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

import type { AgendaItem, Decision } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The decisions taken so far, in agenda order, large enough to read from the back of the room. */
export function RunDecisions({ decisions, items, failed }: { decisions: Decision[]; items: AgendaItem[]; failed: boolean }) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const position = new Map(items.map((i) => [i.id, i.position]));
  const ordered = [...decisions].sort(
    (a, b) => (position.get(a.agendaItemId ?? '') ?? 1e6) - (position.get(b.agendaItemId ?? '') ?? 1e6) || a.createdAt.localeCompare(b.createdAt),
  );
  const outcome = (d: Decision) => {
    const text = d.outcome ? t(`outcome_${d.outcome}`) : t('outcomePending');
    if (d.votingMethod !== 'votes') return `${text} ${t(`method_${d.votingMethod}`)}`;
    return d.votesFor === null ? text : `${text} (${d.votesFor} / ${d.votesAgainst ?? 0} / ${d.votesAbstained ?? 0})`;
  };
  return (
    <section aria-labelledby="run-decisions-title" className="run-decisions" data-testid="run-decisions" aria-live="polite">
      <h2 id="run-decisions-title" className="run-label">
        {tl('decisionsSoFar')}
      </h2>
      {failed && <p className="alert alert-warning">{tl('decisionsUnavailable')}</p>}
      {ordered.length === 0 ? (
        <p>{tl('noDecisionsYet')}</p>
      ) : (
        <ul className="list-unstyled mb-0">
          {ordered.map((d) => (
            <li key={d.id} className="run-decision" data-testid="run-decision">
              {d.agendaItemTitle && (
                <span className="d-block run-decision-item">
                  {position.get(d.agendaItemId ?? '') ?? ''}
                  {position.has(d.agendaItemId ?? '') ? '. ' : ''}
                  {d.agendaItemTitle}
                </span>
              )}
              <span className="d-block">{d.text}</span>
              <span className={`badge ${d.outcome === 'approved' ? 'text-bg-success' : d.outcome === 'rejected' ? 'text-bg-danger' : 'text-bg-secondary'}`}>
                {outcome(d)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

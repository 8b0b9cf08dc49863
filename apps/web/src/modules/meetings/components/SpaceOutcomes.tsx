import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { ACTION_STATUSES } from '@cantiere/domain/constants';
import type { ActionStatus, Decision, MeetingAction } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { dateFormat } from '../../../i18n/date-format';
import { meetingKeys } from '../api/keys';
import { useSpaceActions } from '../hooks/useSpaceActions';
import { useSpaceDecisions } from '../hooks/useSpaceDecisions';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { outcomeRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** What the space's meetings produced: decisions with their votes, and actions followed up to completion. */
export function SpaceOutcomes({ spaceId }: { spaceId: string }) {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  const client = useQueryClient();
  const [overdue, setOverdue] = useState(false);
  const decisionsQuery = useSpaceDecisions(spaceId);
  const actionsQuery = useSpaceActions(spaceId, overdue);
  const decisions = decisionsQuery.data ?? null;
  const actions = actionsQuery.data ?? null;
  const [error, setError] = useState<string | null>(null);

  const setStatus = async (action: MeetingAction, status: ActionStatus) => {
    setError(null);
    try {
      const { action: updated } = await call(outcomeRoutes.setStatus, { params: { id: action.id }, body: { status } });
      client.setQueryData<MeetingAction[]>(meetingKeys.spaceActions(spaceId, overdue), (list) => list?.map((a) => (a.id === updated.id ? updated : a)));
      // The other filter's list may now hold it or not.
      void client.invalidateQueries({ queryKey: meetingKeys.spaceActions(spaceId, !overdue) });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const outcomeText = (d: Decision) => {
    const outcome = d.outcome ? t(`outcome_${d.outcome}`) : t('outcomePending');
    return d.votingMethod === 'votes' ? outcome : `${outcome} ${t(`method_${d.votingMethod}`)}`;
  };
  const votes = (d: Decision) =>
    d.votingMethod === 'votes' && d.votesFor !== null ? `${d.votesFor} / ${d.votesAgainst ?? 0} / ${d.votesAbstained ?? 0}` : '–';
  const meetingLink = (meetingId: string, label: string) => <Link to={`/sedute/${meetingId}`}>{label}</Link>;

  return (
    <section aria-labelledby="space-outcomes-title" className="mt-4">
      <h2 id="space-outcomes-title" className="h4">
        {t('outcomes')}
      </h2>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      <h3 className="h5">{t('decisions')}</h3>
      {decisionsQuery.error && <QueryError error={decisionsQuery.error} onRetry={() => decisionsQuery.refetch()} />}
      {decisions === null && !decisionsQuery.error && <p role="status">{t('app.loading')}</p>}
      {decisions?.length === 0 && <p className="text-secondary">{t('noDecisions')}</p>}
      {decisions && decisions.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="space-decisions">
            <thead>
              <tr>
                <th scope="col">{t('meetingCol')}</th>
                <th scope="col">{t('itemCol')}</th>
                <th scope="col">{t('decisionCol')}</th>
                <th scope="col">{t('common.outcome')}</th>
                <th scope="col">{t('votesCol')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id}>
                  <td>{meetingLink(d.meetingId, d.meetingLabel)}</td>
                  <td>{d.agendaItemTitle ?? '–'}</td>
                  <td>{d.text}</td>
                  <td>{outcomeText(d)}</td>
                  <td>{votes(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="d-flex flex-wrap align-items-center gap-3 mt-3">
        <h3 className="h5 mb-0">{t('actions')}</h3>
        <div className="form-check mb-0">
          <input className="form-check-input" type="checkbox" id={`overdue-${spaceId}`} checked={overdue} onChange={(e) => setOverdue(e.target.checked)} />
          <label className="form-check-label" htmlFor={`overdue-${spaceId}`}>
            {t('onlyOverdue')}
          </label>
        </div>
      </div>
      {actionsQuery.error && <QueryError error={actionsQuery.error} onRetry={() => actionsQuery.refetch()} />}
      {actions === null && !actionsQuery.error && <p role="status">{t('app.loading')}</p>}
      {actions?.length === 0 && <p className="text-secondary">{t('noActions')}</p>}
      {actions && actions.length > 0 && (
        <div className="table-responsive">
          <table className="table table-sm align-middle" data-testid="space-actions">
            <thead>
              <tr>
                <th scope="col">{t('actionCol')}</th>
                <th scope="col">{t('responsibleCol')}</th>
                <th scope="col">{t('common.dueDate')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('meetingCol')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => {
                return (
                  <tr key={a.id}>
                    <td>{a.what}</td>
                    <td>{[a.responsibleOrganisationName, a.responsiblePersonName].filter(Boolean).join(' – ') || '–'}</td>
                    <td>
                      {a.dueDate ? dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(a.dueDate)) : '–'}
                      {a.overdue && <span className="badge text-bg-danger ms-2">{t('overdueBadge')}</span>}
                    </td>
                    <td>
                      {a.can['action.update'] ? (
                        <select
                          className="form-select form-select-sm"
                          aria-label={t('statusOf', { what: a.what })}
                          value={a.status}
                          onChange={(e) => void setStatus(a, e.target.value as ActionStatus)}
                        >
                          {ACTION_STATUSES.map((s) => (
                            <option key={s} value={s}>
                              {t(`action_${s}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`action_${a.status}`)
                      )}
                    </td>
                    <td>{meetingLink(a.meetingId, a.meetingLabel)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

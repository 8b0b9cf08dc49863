import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoredAction, PlanAction } from '@cantiere/domain';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { PLANS } from '../../../i18n/namespaces/plans';
import { ProgressBar } from '../components/ProgressBar';
import { formatDay, formatEuros } from '../format';
import { ActionTimeline } from './ActionTimeline';
import { ActionUpdateForm } from './ActionUpdateForm';

interface Props {
  planId: string;
  action: PlanAction;
  monitored: MonitoredAction;
  open: boolean;
  fundingLabel: (code: string) => string;
}

/** One action as monitored: status, progress, money, milestones, what is overdue; its form and its timeline on demand. */
export function MonitoredActionCard({ planId, action, monitored, open, fundingLabel }: Props) {
  const { t, i18n } = useTranslation(MONITORING);
  const { t: tp } = useTranslation(PLANS);
  const lang = i18n.language;
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const [saved, setSaved] = useState(false);
  const updateButton = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const historyId = useId();
  const headingId = useId();
  const sources = [...new Set([...action.budget.map((b) => b.fundingSource), ...monitored.spent.map((s) => s.fundingSource)])].map((code) => ({
    code,
    label: fundingLabel(code),
  }));
  const finish = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    updateButton.current?.focus();
  };
  return (
    <li className="card border mb-3" aria-labelledby={headingId} data-testid="monitored-action">
      <div className="card-body">
        <h4 id={headingId} className="h6 card-title mb-1">
          {action.title}
        </h4>
        <p className="small mb-1">
          {action.leadOrganisationName ? t('lead', { name: action.leadOrganisationName }) : t('noLead')}
          {' · '}
          <span data-testid="monitored-status">{tp(`actionStatus_${monitored.status}`)}</span>
          {' · '}
          {t('weight', { weight: String(monitored.weight) })}
        </p>
        {monitored.overdue && (
          <p className="mb-1">
            <span className="badge bg-danger" data-testid="action-overdue">
              {t('overdueAction', { date: formatDay(action.endDate, lang) })}
            </span>
          </p>
        )}
        <ProgressBar value={monitored.progress} label={tp('list.progressOf', { title: action.title })} className="mb-1" />
        <p className="small mb-1">
          {t('spentOf', { spent: formatEuros(monitored.spentTotalCents, lang), planned: formatEuros(action.plannedTotalCents, lang) })}
          {' · '}
          {monitored.lastUpdatedAt
            ? t('lastUpdate', { date: new Date(monitored.lastUpdatedAt).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT') })
            : t('neverUpdated')}
        </p>
        {monitored.milestones.length > 0 && (
          <>
            <h5 className="small fw-semibold mb-1 mt-2">{tp('fields.milestones')}</h5>
            <ul className="small mb-2">
              {monitored.milestones.map((m) => (
                <li key={m.id}>
                  {formatDay(m.date, lang)} — {m.title} ({m.done ? t('milestoneDone') : t('milestoneOpen')})
                  {m.overdue && (
                    <span className="badge bg-danger ms-1" data-testid="milestone-overdue">
                      {t('overdueMilestone')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {saved && (
          <p role="status" className="small text-success mb-1">
            {t('saved')}
          </p>
        )}
        <div className="d-flex flex-wrap gap-2">
          {open && monitored.can['plan.monitor'] && (
            <button
              ref={updateButton}
              type="button"
              className="btn btn-sm btn-primary"
              aria-expanded={editing}
              aria-controls={formId}
              onClick={() => {
                setSaved(false);
                setEditing(!editing);
              }}
            >
              {t('update')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            aria-expanded={history}
            aria-controls={historyId}
            onClick={() => setHistory(!history)}
          >
            {history ? t('hideHistory') : t('history')}
          </button>
        </div>
        {editing && (
          <div id={formId}>
            <ActionUpdateForm
              planId={planId}
              title={action.title}
              current={monitored}
              fundingSources={sources}
              onSaved={() => finish(true)}
              onCancel={() => finish(false)}
            />
          </div>
        )}
        {history && (
          <section aria-label={t('historyOf', { title: action.title })}>
            <ActionTimeline planId={planId} actionId={action.id} id={historyId} labelOf={fundingLabel} />
          </section>
        )}
      </div>
    </li>
  );
}

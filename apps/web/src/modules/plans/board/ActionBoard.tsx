import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { romeToday, type PlanDetail } from '@cantiere/domain';
import { PLANS } from '../../../i18n/namespaces/plans';
import './board.css';
import type { PlanChoices } from '../hooks/usePlanChoices';
import { BoardCard } from './BoardCard';
import {
  filterActions,
  filtersFromParams,
  groupByStatus,
  lateness,
  macroAreaChoices,
  organisationChoices,
  paramsWithFilters,
  type BoardFilters,
} from './board-filter';

/**
 * "Azioni per stato": a column per status with its count (a list grouped by status on a phone, by the same markup),
 * filtered by organisation, macro-area and lateness. The filters live in the address, so a filtered board is shared by
 * copying it; changing one replaces the history entry rather than piling one up per click.
 */
export function ActionBoard({ plan, labels, today = romeToday() }: { plan: PlanDetail; labels: PlanChoices['labels']; today?: string }) {
  const { t } = useTranslation(PLANS);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const ids = useId();
  const organisations = useMemo(() => organisationChoices(plan.actions), [plan.actions]);
  const areas = useMemo(() => macroAreaChoices(plan.objectives), [plan.objectives]);
  const objectives = useMemo(() => new Map(plan.objectives.map((o) => [o.id, o])), [plan.objectives]);
  const { organisationId, macroArea, overdueOnly } = filters;
  const shown = useMemo(
    () => filterActions(plan.actions, plan.objectives, { organisationId, macroArea, overdueOnly }, today),
    [plan.actions, plan.objectives, organisationId, macroArea, overdueOnly, today],
  );
  const columns = groupByStatus(shown);
  const filtered = organisationId !== null || macroArea !== null || overdueOnly;
  const change = (next: Partial<BoardFilters>) => setParams(paramsWithFilters(params, { ...filters, ...next }), { replace: true });

  return (
    <section aria-labelledby="plan-board-title" className="mb-4" data-testid="plan-board">
      <h2 id="plan-board-title" className="h4">
        {t('views.board.title')}
      </h2>
      <form className="plan-board-filters row g-3 align-items-end mb-2" aria-label={t('views.board.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="col-12 col-md-4">
          <label htmlFor={`${ids}-org`} className="form-label">
            {t('views.board.organisation')}
          </label>
          <select
            id={`${ids}-org`}
            className="form-select"
            value={filters.organisationId ?? ''}
            onChange={(e) => change({ organisationId: e.target.value || null })}
          >
            <option value="">{t('views.board.anyOrganisation')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-4">
          <label htmlFor={`${ids}-area`} className="form-label">
            {t('views.board.macroArea')}
          </label>
          <select id={`${ids}-area`} className="form-select" value={filters.macroArea ?? ''} onChange={(e) => change({ macroArea: e.target.value || null })}>
            <option value="">{t('views.board.anyMacroArea')}</option>
            {areas.map((a) => (
              <option key={a} value={a}>
                {labels.macroAreas.get(a) ?? a}
              </option>
            ))}
          </select>
        </div>
        <div className="col-12 col-md-4">
          <div className="form-check">
            <input
              id={`${ids}-late`}
              type="checkbox"
              className="form-check-input"
              checked={filters.overdueOnly}
              aria-describedby={`${ids}-late-hint`}
              onChange={(e) => change({ overdueOnly: e.target.checked })}
            />
            <label htmlFor={`${ids}-late`} className="form-check-label">
              {t('views.board.overdue')}
            </label>
          </div>
        </div>
        <p id={`${ids}-late-hint`} className="col-12 small text-secondary mb-0">
          {t('views.board.overdueHint')}
        </p>
      </form>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
        <p className="mb-0" role="status" data-testid="board-count">
          {t('views.board.shown', { count: shown.length, total: plan.actions.length })}
        </p>
        {filtered && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => change({ organisationId: null, macroArea: null, overdueOnly: false })}
          >
            {t('views.board.reset')}
          </button>
        )}
      </div>
      {plan.actions.length === 0 ? (
        <p data-testid="board-empty">{t('views.board.noActions')}</p>
      ) : shown.length === 0 ? (
        <p data-testid="board-empty">{t('views.board.none')}</p>
      ) : (
        <div className="plan-board">
          {columns.map(([status, actions]) => (
            <section key={status} className="plan-board-column" aria-labelledby={`${ids}-${status}`} data-testid={`board-column-${status}`}>
              <h3 id={`${ids}-${status}`} className="h6 plan-board-heading">
                {t('views.board.column', { status: t(`actionStatus_${status}`), count: actions.length })}
              </h3>
              {actions.length === 0 ? (
                <p className="small text-secondary mb-0">{t('views.board.columnEmpty')}</p>
              ) : (
                <ul className="list-unstyled mb-0">
                  {actions.map((a) => (
                    <li key={a.id}>
                      <BoardCard action={a} objective={objectives.get(a.objectiveId)} late={lateness(a, today)} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

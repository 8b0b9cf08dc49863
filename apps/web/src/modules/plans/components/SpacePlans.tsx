import { Suspense, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { planRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { PLANS } from '../../../i18n/namespaces/plans';
import { planKeys } from '../api/keys';
import { useSpacePlans } from '../hooks/useSpacePlans';
import { PlanStatusBadge } from './PlanStatusBadge';
import { ProgressBar } from './ProgressBar';
import { lazyComponent } from '../../../routing/lazy-component';
import { SectionFallback } from '../../../components/SectionFallback';

// Its validation brings zod and the plan's schemas: they arrive when a facilitator opens the form, not with the space page.
const PlanCreateForm = lazyComponent(() => import('./PlanCreateForm'), 'PlanCreateForm');

/** The action plans of a space and, for its facilitators, the form that starts one. */
export function SpacePlans({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const { t } = useTranslation(PLANS);
  const client = useQueryClient();
  const navigate = useNavigate();
  const query = useSpacePlans(spaceId);
  const plans = query.data;
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="space-plans-title" className="mt-4">
      <h2 id="space-plans-title" className="h4">
        {t('list.title')}
      </h2>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {!plans && !query.error && <p role="status">{t('app.loading')}</p>}
      {plans && plans.length === 0 && <p data-testid="plans-empty">{t('list.empty')}</p>}
      {plans && plans.length > 0 && (
        <ul className="list-group mb-3" data-testid="space-plans">
          {plans.map((p) => (
            <li key={p.id} className="list-group-item">
              <div className="d-flex flex-wrap align-items-center gap-2">
                <Link to={`/piani/${p.id}`} className="fw-semibold">
                  {p.title}
                </Link>
                <PlanStatusBadge status={p.status} />
                <span className="small text-secondary">
                  {t('list.period', { start: p.startYear, end: p.endYear })} ·{' '}
                  {t('list.counts', { objectives: p.counts.objectives, actions: p.counts.actions })}
                </span>
              </div>
              <ProgressBar className="mt-1" value={p.progress} label={t('list.progressOf', { title: p.title })} />
            </li>
          ))}
        </ul>
      )}
      {canCreate && !creating && (
        <button
          type="button"
          className="btn btn-outline-primary"
          onMouseEnter={PlanCreateForm.preload}
          onFocus={PlanCreateForm.preload}
          onClick={() => setCreating(true)}
        >
          {t('list.newPlan')}
        </button>
      )}
      {canCreate && creating && (
        <div className="card card-body">
          <Suspense fallback={<SectionFallback minHeight="14rem" />}>
            <PlanCreateForm
              spaceId={spaceId}
              onCancel={() => setCreating(false)}
              onCreate={async (body) => {
                const { plan } = await call(planRoutes.create, { body });
                client.setQueryData(planKeys.detail(plan.id), plan);
                void client.invalidateQueries({ queryKey: planKeys.list(spaceId) });
                navigate(`/piani/${plan.id}`);
              }}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}

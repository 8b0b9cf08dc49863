import { Suspense, useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PLAN_EDITABLE_STATUSES, isPlanMonitored } from '@cantiere/domain';
import { ApiError } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { QueryError } from '../../../components/QueryError';
import { SectionFallback } from '../../../components/SectionFallback';
import { PLANS } from '../../../i18n/namespaces/plans';
import { lazyComponent } from '../../../routing/lazy-component';
import { planKeys } from '../api/keys';
import { PlanDiscussion, WithOpenCounts } from '../comments';
import { PlanIntroduction } from '../introduction/PlanIntroduction';
import { PlanHeader } from '../components/PlanHeader';
import { PlanExports } from '../components/exports/PlanExports';
import { AdoptedBanner } from '../components/adoption/AdoptedBanner';
import { PlanCycle } from '../components/adoption/PlanCycle';
import { PlanDiffSection } from '../components/adoption/PlanDiffSection';
import { PlanOverviewViews } from '../components/overview/PlanOverviewViews';
import { usePlan } from '../hooks/usePlan';
import { usePlanChoices } from '../hooks/usePlanChoices';
import { PlanMonitoringSection } from '../monitoring/PlanMonitoringSection';
import '../plans.css';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

// Yjs and the socket arrive only with the live view: the overview of an adopted plan never loads them.
const PlanLiveSection = lazyComponent(() => import('../components/live/PlanLiveSection'), 'PlanLiveSection');

const VIEW_PARAM = 'vista';
const LIVE = 'coprogettazione';
const OVERVIEW = 'panoramica';

/** `/piani/:id`: the plan's header, then its overview or, while it is co-designed, the live form. */
export function PlanPage() {
  const { t } = useTranslation(PLANS);
  const { id = '' } = useParams();
  const { user, organisation } = useAuth();
  const client = useQueryClient();
  const query = usePlan(id);
  const choices = usePlanChoices();
  const [params] = useSearchParams();
  // Unless the overview was asked for, the live form's code is fetched while the plan is: a writer lands on it.
  if (params.get(VIEW_PARAM) !== OVERVIEW) PlanLiveSection.preload();
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: planKeys.detail(id) }), [client, id]);
  const plan = query.data;

  const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  if (missing) return <NotFoundNotice message={t('page.notFound')} />;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!plan || !user) return <p role="status">{t('app.loading')}</p>;

  const coDesigned = PLAN_EDITABLE_STATUSES.includes(plan.status);
  const asked = params.get(VIEW_PARAM);
  const view = coDesigned && (asked === LIVE || (asked !== OVERVIEW && plan.access === 'write')) ? LIVE : OVERVIEW;
  const tab = (name: string, label: string) => (
    <li className="nav-item">
      <Link
        className={`nav-link${view === name ? ' active' : ''}`}
        aria-current={view === name ? 'page' : undefined}
        to={`?${VIEW_PARAM}=${name}`}
        onClick={name === OVERVIEW ? refresh : undefined}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <WithOpenCounts planId={plan.id}>
      <article>
        <PlanHeader plan={plan} />
        <PlanCycle plan={plan} />
        <AdoptedBanner plan={plan} />
        <PlanIntroduction plan={plan} />
        {coDesigned ? (
          <nav aria-label={t('page.views')} className="mb-3">
            <ul className="nav nav-tabs">
              {tab(LIVE, t('page.live'))}
              {tab(OVERVIEW, t('page.overview'))}
            </ul>
          </nav>
        ) : (
          <p className="text-secondary">{t('page.readOnly', { status: t(`status_${plan.status}`) })}</p>
        )}
        {coDesigned && plan.access === 'read' && <p className="text-secondary">{t('page.readOnlyRights')}</p>}
        {view === LIVE ? (
          <Suspense fallback={<SectionFallback minHeight="24rem" />}>
            <PlanLiveSection plan={plan} user={{ id: user.id, name: user.name, organisation }} onEdited={refresh} />
          </Suspense>
        ) : (
          <>
            {/* Once adopted (and while a revision is prepared on the same row), the lead organisations report here. */}
            {(isPlanMonitored(plan) || plan.status === 'closed') && <PlanMonitoringSection plan={plan} labels={choices.labels} />}
            <PlanDiffSection plan={plan} labels={choices.labels} />
            <PlanOverviewViews plan={plan} labels={choices.labels} />
          </>
        )}
        <PlanDiscussion plan={plan} />
        <PlanExports plan={plan} />
      </article>
    </WithOpenCounts>
  );
}

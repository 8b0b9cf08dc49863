import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { lazyComponent } from '../../routing/lazy-component';
import { lazyPage, type LazyPage } from '../../routing/lazy-page';

const PlanPage = lazyPage(() => import('./pages/PlanPage'), 'PlanPage');

/** A space's plans, for the space page: its code arrives with the section, not with the space page's own. */
export const SpacePlans = lazyComponent(() => import('./components/SpacePlans'), 'SpacePlans');

/** An organisation's actions in the plans, for its page in the network registry. */
export const OrganisationPlanActions = lazyComponent(() => import('./organisation/OrganisationPlanActions'), 'OrganisationPlanActions');
/** On an old plan draft document: the action that makes its text a plan's introduction. */
export const UseAsPlanIntroduction = lazyComponent(() => import('./introduction/UseAsPlanIntroduction'), 'UseAsPlanIntroduction');

const PAGES: { path: string; page: LazyPage }[] = [{ path: '/piani/:id', page: PlanPage }];

/** The plans' pages by route path, for fetching the landing page early. */
export const PLAN_PAGES = PAGES.map(({ path, page }): [string, LazyPage] => [path, page]);

/** Routes of the action plans. */
export function PlanRoutes(guarded: (element: ReactElement) => ReactElement): ReactElement[] {
  return PAGES.map(({ path, page: Page }) => <Route key={path} path={path} element={guarded(<Page />)} />);
}

import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage, type LazyPage } from '../../routing/lazy-page';

const ImportPage = lazyPage(() => import('./pages/ImportPage'), 'ImportPage');
const OrganisationPage = lazyPage(() => import('./pages/OrganisationPage'), 'OrganisationPage');
const OrganisationsPage = lazyPage(() => import('./pages/OrganisationsPage'), 'OrganisationsPage');
const PeoplePage = lazyPage(() => import('./pages/PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./pages/PersonPage'), 'PersonPage');
const ReferenceListsPage = lazyPage(() => import('./pages/ReferenceListsPage'), 'ReferenceListsPage');
const SpacePage = lazyPage(() => import('./pages/SpacePage'), 'SpacePage');
const SpacesPage = lazyPage(() => import('./pages/SpacesPage'), 'SpacesPage');

const PAGES: { path: string; page: LazyPage; admin?: boolean }[] = [
  { path: '/spazi', page: SpacesPage },
  { path: '/spazi/:id', page: SpacePage },
  { path: '/organizzazioni', page: OrganisationsPage },
  { path: '/organizzazioni/:id', page: OrganisationPage },
  { path: '/persone', page: PeoplePage },
  { path: '/persone/:id', page: PersonPage },
  { path: '/amministrazione/importa', page: ImportPage, admin: true },
  { path: '/amministrazione/elenchi', page: ReferenceListsPage, admin: true },
];

/** The registry's pages by route path, for fetching the landing page early. */
export const NETWORK_PAGES = PAGES.map(({ path, page }): [string, LazyPage] => [path, page]);

/** Routes of the network registry (organisations, people, spaces, import). */
export function NetworkRoutes(guarded: (element: ReactElement, admin?: boolean) => ReactElement): ReactElement[] {
  return PAGES.map(({ path, page: Page, admin }) => <Route key={path} path={path} element={guarded(<Page />, admin)} />);
}

import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { lazyPage } from '../../routing/lazy-page';

const ImportPage = lazyPage(() => import('./ImportPage'), 'ImportPage');
const OrganisationPage = lazyPage(() => import('./OrganisationPage'), 'OrganisationPage');
const OrganisationsPage = lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage');
const PeoplePage = lazyPage(() => import('./PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('./PersonPage'), 'PersonPage');
const ReferenceListsPage = lazyPage(() => import('./ReferenceListsPage'), 'ReferenceListsPage');
const SpacePage = lazyPage(() => import('./SpacePage'), 'SpacePage');
const SpacesPage = lazyPage(() => import('./SpacesPage'), 'SpacesPage');

/** Routes of the network registry (organisations, people, spaces, import). */
export function NetworkRoutes(guarded: (element: ReactElement, admin?: boolean) => ReactElement): ReactElement[] {
  return [
    <Route key="spaces" path="/spazi" element={guarded(<SpacesPage />)} />,
    <Route key="space" path="/spazi/:id" element={guarded(<SpacePage />)} />,
    <Route key="orgs" path="/organizzazioni" element={guarded(<OrganisationsPage />)} />,
    <Route key="org" path="/organizzazioni/:id" element={guarded(<OrganisationPage />)} />,
    <Route key="people" path="/persone" element={guarded(<PeoplePage />)} />,
    <Route key="person" path="/persone/:id" element={guarded(<PersonPage />)} />,
    <Route key="import" path="/amministrazione/importa" element={guarded(<ImportPage />, true)} />,
    <Route key="lists" path="/amministrazione/elenchi" element={guarded(<ReferenceListsPage />, true)} />,
  ];
}

import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';
import { ImportPage } from './ImportPage';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';
import { PeoplePage } from './PeoplePage';
import { PersonPage } from './PersonPage';
import { ReferenceListsPage } from './ReferenceListsPage';
import { SpacePage } from './SpacePage';
import { SpacesPage } from './SpacesPage';

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

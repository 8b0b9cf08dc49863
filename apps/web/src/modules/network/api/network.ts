import { organisationRoutes, personRoutes, referenceRoutes, type ReferenceKind, type RouteOutput } from '@cantiere/domain';
import { api, call } from '../../../api/client';

/** The registry routes the client reads through the query cache; `query` is a URL query string (the page's filters). */
export const networkApi = {
  organisations: (query: string) => api<RouteOutput<typeof organisationRoutes.list>>('GET', `${organisationRoutes.list.path}?${query}`),
  organisation: async (id: string) => (await call(organisationRoutes.get, { params: { id } })).organisation,
  people: (query: string) => api<RouteOutput<typeof personRoutes.list>>('GET', `${personRoutes.list.path}?${query}`),
  person: async (id: string) => (await call(personRoutes.get, { params: { id } })).person,
  referenceList: async (kind: ReferenceKind) => (await call(referenceRoutes.list, { params: { kind } })).items,
};

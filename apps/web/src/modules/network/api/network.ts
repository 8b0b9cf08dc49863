import { organisationRoutes, personRoutes, referenceRoutes, type OrganisationQuery, type PersonQuery, type ReferenceKind } from '@cantiere/domain';
import { call } from '../../../api/client';

/** A list page's filters as its URL holds them; the server checks them (a wrong one answers 400 with the field). */
const filters = <Q>(query: string) => Object.fromEntries(new URLSearchParams(query)) as Q;

/** The registry routes the client reads through the query cache; `query` is a URL query string (the page's filters). */
export const networkApi = {
  organisations: (query: string) => call(organisationRoutes.list, { query: filters<OrganisationQuery>(query) }),
  organisation: async (id: string) => (await call(organisationRoutes.get, { params: { id } })).organisation,
  people: (query: string) => call(personRoutes.list, { query: filters<PersonQuery>(query) }),
  person: async (id: string) => (await call(personRoutes.get, { params: { id } })).person,
  referenceList: async (kind: ReferenceKind) => (await call(referenceRoutes.list, { params: { kind } })).items,
};

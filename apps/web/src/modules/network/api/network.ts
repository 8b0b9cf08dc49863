import type { Organisation, Page, Person, ReferenceItem, ReferenceKind } from '@cantiere/domain';
import { api } from '../../../api/client';

/** The registry routes the client reads through the query cache; `query` is a URL query string. */
export const networkApi = {
  organisations: (query: string) => api<Page<Organisation>>('GET', `/api/organisations?${query}`),
  organisation: async (id: string) => (await api<{ organisation: Organisation }>('GET', `/api/organisations/${id}`)).organisation,
  people: (query: string) => api<Page<Person>>('GET', `/api/people?${query}`),
  person: async (id: string) => (await api<{ person: Person }>('GET', `/api/people/${id}`)).person,
  referenceList: async (kind: ReferenceKind) => (await api<{ items: ReferenceItem[] }>('GET', `/api/reference-lists/${kind}`)).items,
};

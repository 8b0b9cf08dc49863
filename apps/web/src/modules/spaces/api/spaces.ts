import { spaceRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The space routes the client reads through the query cache. */
export const spacesApi = {
  list: async () => (await call(spaceRoutes.list)).items,
  get: async (id: string) => (await call(spaceRoutes.get, { params: { id } })).space,
  members: async (id: string, includePast: boolean) =>
    (await call(spaceRoutes.members, { params: { id }, query: includePast ? { includePast: 'true' } : {} })).items,
};

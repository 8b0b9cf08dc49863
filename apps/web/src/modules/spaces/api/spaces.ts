import type { Membership, Space } from '@cantiere/domain';
import { api } from '../../../api/client';

/** The space routes the client reads through the query cache. */
export const spacesApi = {
  list: async () => (await api<{ spaces: Space[] }>('GET', '/api/spaces')).spaces,
  get: async (id: string) => (await api<{ space: Space }>('GET', `/api/spaces/${id}`)).space,
  members: async (id: string, includePast: boolean) =>
    (await api<{ members: Membership[] }>('GET', `/api/spaces/${id}/members${includePast ? '?includePast=true' : ''}`)).members,
};

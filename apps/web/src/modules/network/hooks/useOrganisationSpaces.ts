import { useQuery } from '@tanstack/react-query';
import type { Space } from '@cantiere/domain';
import { spacesApi } from '../../spaces';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** The spaces an organisation takes part in (the spaces the person sees, each asked whether it has the organisation). */
export function useOrganisationSpaces(id: string) {
  return useQuery({
    queryKey: networkKeys.organisationSpaces(id),
    queryFn: async () => {
      const spaces = await spacesApi.list();
      const withOrg = await Promise.all(
        spaces.map(async (s) => ((await networkApi.organisations(`spaceId=${s.id}&pageSize=200`)).items.some((o) => o.id === id) ? s : null)),
      );
      return withOrg.filter((s): s is Space => s !== null);
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { spaceKeys } from '../api/keys';
import { spacesApi } from '../api/spaces';

/** The representatives of a space (nothing is asked while `spaceId` is null); past ones too with `includePast`. */
export function useMembers(spaceId: string | null, includePast = false) {
  return useQuery({
    queryKey: spaceKeys.members(spaceId ?? '', includePast),
    queryFn: () => spacesApi.members(spaceId!, includePast),
    enabled: spaceId !== null,
  });
}

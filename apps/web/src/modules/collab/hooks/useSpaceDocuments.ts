import { useQuery } from '@tanstack/react-query';
import { documentKeys } from '../api/keys';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The shared documents of a space (nothing is asked while `spaceId` is null). */
export function useSpaceDocuments(spaceId: string | null) {
  return useQuery({
    queryKey: documentKeys.list(spaceId ?? ''),
    queryFn: async () => (await call(documentRoutes.list, { query: { spaceId: spaceId! } })).items,
    enabled: spaceId !== null,
  });
}

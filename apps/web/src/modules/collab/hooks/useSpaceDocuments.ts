import { useQuery } from '@tanstack/react-query';
import { documentsApi } from '../api/documents';
import { documentKeys } from '../api/keys';

/** The shared documents of a space (nothing is asked while `spaceId` is null). */
export function useSpaceDocuments(spaceId: string | null) {
  return useQuery({
    queryKey: documentKeys.list(spaceId ?? ''),
    queryFn: async () => (await documentsApi.list(spaceId!)).documents,
    enabled: spaceId !== null,
  });
}

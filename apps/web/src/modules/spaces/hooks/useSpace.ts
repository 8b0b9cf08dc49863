import { useQuery } from '@tanstack/react-query';
import { spaceKeys } from '../api/keys';
import { spacesApi } from '../api/spaces';

/** One space: kind, visibility, quorum, the person's role and rights. */
export function useSpace(id: string) {
  return useQuery({ queryKey: spaceKeys.detail(id), queryFn: () => spacesApi.get(id), enabled: id !== '' });
}

import { useQuery } from '@tanstack/react-query';
import { spaceQueries } from '../api/queries';

/** One space: kind, visibility, quorum, the person's role and rights. */
export function useSpace(id: string) {
  return useQuery({ ...spaceQueries.detail(id), enabled: id !== '' });
}

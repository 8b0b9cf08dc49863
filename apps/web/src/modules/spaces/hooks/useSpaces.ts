import { useQuery } from '@tanstack/react-query';
import { spaceQueries } from '../api/queries';

/** Every space the person may see, with their role in each. */
export function useSpaces() {
  return useQuery(spaceQueries.list());
}

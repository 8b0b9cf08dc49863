import { useQuery } from '@tanstack/react-query';
import { spaceKeys } from '../api/keys';
import { spacesApi } from '../api/spaces';

/** Every space the person may see, with their role in each. */
export function useSpaces() {
  return useQuery({ queryKey: spaceKeys.lists(), queryFn: spacesApi.list });
}

import { queryOptions } from '@tanstack/react-query';
import { spaceKeys } from './keys';
import { spacesApi } from './spaces';

/** The queries of spaces, defined once for the hooks and for prefetching on arrival. */
export const spaceQueries = {
  list: () => queryOptions({ queryKey: spaceKeys.lists(), queryFn: spacesApi.list }),
  detail: (id: string) => queryOptions({ queryKey: spaceKeys.detail(id), queryFn: () => spacesApi.get(id) }),
};

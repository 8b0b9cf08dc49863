import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';

/** Whether a failed request is worth repeating: the server could not be reached or failed (5xx), not a refusal (4xx). */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

/**
 * The one query cache of the client. Data stays fresh for 30 seconds (live events invalidate what changed before
 * that); returning to the tab does not refetch every query of a heavy page at once; a request is retried twice on a
 * network or server error, never on a 4xx (a 404 or 403 will not change by asking again); mutations are not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isTransient(error) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

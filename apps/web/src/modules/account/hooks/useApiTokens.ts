import { useQuery } from '@tanstack/react-query';
import { apiTokenRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { accountKeys } from '../api/keys';

/** The account's personal API tokens (never their secrets). */
export function useApiTokens() {
  return useQuery({ queryKey: accountKeys.tokens(), queryFn: async () => (await call(apiTokenRoutes.list)).items });
}

import { useQuery } from '@tanstack/react-query';
import type { ApiToken } from '@cantiere/domain';
import { api } from '../../../api/client';
import { accountKeys } from '../api/keys';

/** The account's personal API tokens (never their secrets). */
export function useApiTokens() {
  return useQuery({ queryKey: accountKeys.tokens(), queryFn: async () => (await api<{ tokens: ApiToken[] }>('GET', '/api/account/tokens')).tokens });
}

import { useQuery } from '@tanstack/react-query';
import { accountRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { accountKeys } from '../api/keys';

/** The account's open sessions, this one marked. */
export function useSessions() {
  return useQuery({ queryKey: accountKeys.sessions(), queryFn: async () => (await call(accountRoutes.sessions)).items });
}

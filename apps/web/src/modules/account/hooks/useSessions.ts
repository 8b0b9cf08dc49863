import { useQuery } from '@tanstack/react-query';
import type { Session } from '@cantiere/domain';
import { api } from '../../../api/client';
import { accountKeys } from '../api/keys';

/** The account's open sessions, this one marked. */
export function useSessions() {
  return useQuery({ queryKey: accountKeys.sessions(), queryFn: async () => (await api<{ sessions: Session[] }>('GET', '/api/account/sessions')).sessions });
}

import { useQuery } from '@tanstack/react-query';
import type { Invitation } from '@cantiere/domain';
import { api } from '../../../api/client';
import { adminKeys } from '../api/keys';

/** The invitations sent, with their state. */
export function useInvitations() {
  return useQuery({
    queryKey: adminKeys.invitations(),
    queryFn: async () => (await api<{ invitations: Invitation[] }>('GET', '/api/invitations')).invitations,
  });
}

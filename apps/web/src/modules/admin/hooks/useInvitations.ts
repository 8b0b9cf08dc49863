import { useQuery } from '@tanstack/react-query';
import { invitationRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { adminKeys } from '../api/keys';

/** The invitations sent, with their state. */
export function useInvitations() {
  return useQuery({
    queryKey: adminKeys.invitations(),
    queryFn: async () => (await call(invitationRoutes.list)).items,
  });
}

import { useQuery } from '@tanstack/react-query';
import { invitationAcceptanceRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** What an invitation link offers (email, suggested name, expiry), asked without a session. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitations', 'preview', token],
    queryFn: async () => (await call(invitationAcceptanceRoutes.preview, { params: { token } })).invitation,
    staleTime: Infinity,
  });
}

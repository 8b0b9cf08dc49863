import { useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@cantiere/domain';
import { api } from '../../../api/client';

/** What an invitation link offers (email, suggested name, expiry), asked without a session. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitations', 'preview', token],
    queryFn: () => api<InvitationPreview>('GET', `/api/auth/invitations/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });
}

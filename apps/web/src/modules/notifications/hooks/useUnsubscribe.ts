import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationRoutes, type Unsubscribe } from '@cantiere/domain';
import { call } from '../../../api/client';
import { notificationKeys } from '../api/keys';

/** What a mail's unsubscribe link stops (and whether it already did), read without login. */
export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: notificationKeys.unsubscribe(token),
    queryFn: async () => (await call(notificationRoutes.unsubscribeView, { params: { token } })).unsubscribe,
  });
}

/** Confirms the unsubscription; the page shows the server's answer. */
export function useConfirmUnsubscribe(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => (await call(notificationRoutes.unsubscribe, { params: { token } })).unsubscribe,
    onSuccess: (link) => client.setQueryData<Unsubscribe>(notificationKeys.unsubscribe(token), link),
  });
}

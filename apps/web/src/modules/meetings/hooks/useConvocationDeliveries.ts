import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { convocationRoutes, type ConvocationDelivery } from '@cantiere/domain';
import { call } from '../../../api/client';
import { meetingKeys } from '../api/keys';

/** While a mail waits to leave or to be tried again, its state is asked for again this often. */
export const REFRESH_WHILE_PENDING_MS = 5_000;

const pending = (deliveries: readonly ConvocationDelivery[] | undefined) => deliveries?.some((d) => d.state === 'queued' || d.state === 'retrying') ?? false;

/** What became of each mail the meeting sent its register; refreshed by itself while some still wait. */
export function useConvocationDeliveries(meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.deliveries(meetingId),
    queryFn: async () => (await call(convocationRoutes.deliveries, { params: { id: meetingId } })).items,
    refetchInterval: (query) => (pending(query.state.data) ? REFRESH_WHILE_PENDING_MS : false),
  });
}

/** Sends a failed mail again; the list shows its new state from the server's answer. */
export function useRetryDelivery(meetingId: string) {
  const client = useQueryClient();
  const key = meetingKeys.deliveries(meetingId);
  return useMutation({
    mutationFn: async (deliveryId: string) => (await call(convocationRoutes.retry, { params: { id: meetingId, deliveryId } })).delivery,
    onSuccess: (delivery) => client.setQueryData<ConvocationDelivery[]>(key, (list) => list?.map((d) => (d.id === delivery.id ? delivery : d)) ?? [delivery]),
  });
}

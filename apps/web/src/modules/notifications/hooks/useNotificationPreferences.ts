import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationRoutes, type NotificationPreferences, type NotificationPreferencesInput } from '@cantiere/domain';
import { call } from '../../../api/client';
import { notificationKeys } from '../api/keys';

/** How the caller hears of each kind of notification, and the hour of the daily digest. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences(),
    queryFn: async () => (await call(notificationRoutes.preferences)).preferences,
  });
}

/** Saves a change of the preferences; the cache holds the server's answer. */
export function useUpdateNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationPreferencesInput) => (await call(notificationRoutes.updatePreferences, { body })).preferences,
    onSuccess: (preferences) => client.setQueryData<NotificationPreferences>(notificationKeys.preferences(), preferences),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { AdminUser } from '@cantiere/domain';
import { api } from '../../../api/client';
import { adminKeys } from '../api/keys';

/** Every account, active or deactivated. */
export function useAdminUsers() {
  return useQuery({ queryKey: adminKeys.users(), queryFn: async () => (await api<{ users: AdminUser[] }>('GET', '/api/users')).users });
}

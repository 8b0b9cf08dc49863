import { useQuery } from '@tanstack/react-query';
import { userAdminRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { adminKeys } from '../api/keys';

/** Every account, active or deactivated. */
export function useAdminUsers() {
  return useQuery({ queryKey: adminKeys.users(), queryFn: async () => (await call(userAdminRoutes.list)).items });
}

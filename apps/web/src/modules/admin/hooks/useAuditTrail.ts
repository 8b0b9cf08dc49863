import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditRoutes, type AuditQuery } from '@cantiere/domain';
import { call } from '../../../api/client';
import { adminKeys } from '../api/keys';

/** Query keys of the audit trail: one page of one filter each. */
export const auditKeys = {
  all: () => [...adminKeys.all, 'audit'] as const,
  page: (query: AuditQuery) => [...auditKeys.all(), query] as const,
};

/** One page of the audit trail for a filter; the previous page stays shown while the next one loads. */
export function useAuditTrail(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: () => call(auditRoutes.list, { query }),
    placeholderData: keepPreviousData,
  });
}

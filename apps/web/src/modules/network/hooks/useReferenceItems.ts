import { useQuery } from '@tanstack/react-query';
import type { ReferenceKind } from '@cantiere/domain';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** A managed list (thematic areas, Comuni), retired entries included; it changes rarely, so it stays fresh for 5 minutes. */
export function useReferenceItems(kind: ReferenceKind) {
  return useQuery({ queryKey: networkKeys.referenceList(kind), queryFn: () => networkApi.referenceList(kind), staleTime: 5 * 60_000 });
}

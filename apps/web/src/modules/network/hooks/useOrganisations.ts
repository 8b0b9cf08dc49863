import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** A page of organisations for a URL query (filters, page); the previous page stays shown while the next arrives. */
export function useOrganisations(query: string, enabled = true) {
  return useQuery({
    queryKey: networkKeys.organisationList(query),
    queryFn: () => networkApi.organisations(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

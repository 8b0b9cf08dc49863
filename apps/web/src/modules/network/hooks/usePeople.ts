import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** A page of people for a URL query (filters, page); the previous page stays shown while the next arrives. */
export function usePeople(query: string, enabled = true) {
  return useQuery({ queryKey: networkKeys.personList(query), queryFn: () => networkApi.people(query), placeholderData: keepPreviousData, enabled });
}

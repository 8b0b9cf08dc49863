import { useQuery } from '@tanstack/react-query';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** One person of the registry. */
export function usePerson(id: string) {
  return useQuery({ queryKey: networkKeys.person(id), queryFn: () => networkApi.person(id) });
}

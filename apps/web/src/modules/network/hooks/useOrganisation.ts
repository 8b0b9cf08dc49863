import { useQuery } from '@tanstack/react-query';
import { networkKeys } from '../api/keys';
import { networkApi } from '../api/network';

/** One organisation of the registry. */
export function useOrganisation(id: string) {
  return useQuery({ queryKey: networkKeys.organisation(id), queryFn: () => networkApi.organisation(id) });
}

import { useQuery } from '@tanstack/react-query';
import { documentsApi } from '../api/documents';
import { documentKeys } from '../api/keys';

/** A shared document's record: title, kind, space, the caller's access. */
export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: async () => (await documentsApi.get(id)).document });
}

import { useQuery } from '@tanstack/react-query';
import { documentsApi } from '../api/documents';
import { documentKeys } from '../api/keys';

/** The saved versions of a shared document, newest first as the server lists them. */
export function useDocumentVersions(id: string) {
  return useQuery({ queryKey: documentKeys.versions(id), queryFn: async () => (await documentsApi.versions(id)).versions });
}

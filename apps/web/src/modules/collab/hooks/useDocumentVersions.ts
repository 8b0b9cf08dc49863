import { useQuery } from '@tanstack/react-query';
import { documentKeys } from '../api/keys';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The saved versions of a shared document, newest first as the server lists them. */
export function useDocumentVersions(id: string) {
  return useQuery({ queryKey: documentKeys.versions(id), queryFn: async () => (await call(documentRoutes.versions, { params: { id } })).items });
}

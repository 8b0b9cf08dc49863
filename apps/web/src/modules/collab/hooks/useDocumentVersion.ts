import { useQuery } from '@tanstack/react-query';
import { documentKeys } from '../api/keys';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** A saved version beside the current text, for a read-only preview (nothing is asked while `versionId` is null). */
export function useDocumentVersion(id: string, versionId: string | null) {
  return useQuery({
    queryKey: documentKeys.version(id, versionId ?? ''),
    queryFn: () => call(documentRoutes.version, { params: { id, versionId: versionId! } }),
    enabled: versionId !== null,
  });
}

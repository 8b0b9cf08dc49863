import { useQuery } from '@tanstack/react-query';
import { documentsApi } from '../api/documents';
import { documentKeys } from '../api/keys';

/** A saved version beside the current text, for a read-only preview (nothing is asked while `versionId` is null). */
export function useDocumentVersion(id: string, versionId: string | null) {
  return useQuery({ queryKey: documentKeys.version(id, versionId ?? ''), queryFn: () => documentsApi.version(id, versionId!), enabled: versionId !== null });
}

import { useQuery } from '@tanstack/react-query';
import { documentKeys } from '../api/keys';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** A shared document's record: title, kind, space, the caller's rights. */
export function useDocument(id: string) {
  return useQuery({ queryKey: documentKeys.detail(id), queryFn: async () => (await call(documentRoutes.get, { params: { id } })).document });
}

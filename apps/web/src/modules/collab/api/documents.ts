import type { DocumentCreate } from '@cantiere/domain';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The shared-document routes the client uses, answered in the shapes of the route table. */
export const documentsApi = {
  list: async (spaceId: string) => ({ documents: (await call(documentRoutes.list, { query: { spaceId } })).items }),
  get: (id: string) => call(documentRoutes.get, { params: { id } }),
  create: (input: DocumentCreate) => call(documentRoutes.create, { body: input }),
  versions: async (id: string) => ({ versions: (await call(documentRoutes.versions, { params: { id } })).items }),
  nameVersion: (id: string, name: string) => call(documentRoutes.nameVersion, { params: { id }, body: { name } }),
  version: (id: string, versionId: string) => call(documentRoutes.version, { params: { id, versionId } }),
  restore: (id: string, versionId: string) => call(documentRoutes.restore, { params: { id, versionId } }),
};

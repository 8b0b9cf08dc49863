import type { DocumentCreate, DocumentVersion, SharedDocument } from '@cantiere/domain';
import { api as call } from '../../../api/client';

export const documentsApi = {
  list: (spaceId: string) => call<{ documents: SharedDocument[] }>('GET', `/api/documents?spaceId=${encodeURIComponent(spaceId)}`),
  get: (id: string) => call<{ document: SharedDocument }>('GET', `/api/documents/${id}`),
  create: (input: DocumentCreate) => call<{ document: SharedDocument }>('POST', '/api/documents', input),
  versions: (id: string) => call<{ versions: DocumentVersion[] }>('GET', `/api/documents/${id}/versions`),
  nameVersion: (id: string, name: string) => call<{ version: DocumentVersion }>('POST', `/api/documents/${id}/versions`, { name }),
  version: (id: string, versionId: string) =>
    call<{ version: DocumentVersion; then: { html: string; text: string }; now: { html: string; text: string } }>(
      'GET',
      `/api/documents/${id}/versions/${versionId}`,
    ),
  restore: (id: string, versionId: string) => call<{ seq: number }>('POST', `/api/documents/${id}/versions/${versionId}/restore`),
};

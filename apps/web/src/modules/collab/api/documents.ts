import type { DocumentCreate, DocumentVersion, Page, SharedDocument } from '@cantiere/domain';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(json?.error?.message ?? res.statusText), { status: res.status, body: json });
  return json as T;
}

export const documentsApi = {
  list: (spaceId: string) =>
    call<Page<SharedDocument>>('GET', `/api/documents?spaceId=${encodeURIComponent(spaceId)}`).then((page) => ({ documents: page.items })),
  get: (id: string) => call<{ document: SharedDocument }>('GET', `/api/documents/${id}`),
  create: (input: DocumentCreate) => call<{ document: SharedDocument }>('POST', '/api/documents', input),
  versions: (id: string) => call<Page<DocumentVersion>>('GET', `/api/documents/${id}/versions`).then((page) => ({ versions: page.items })),
  nameVersion: (id: string, name: string) => call<{ version: DocumentVersion }>('POST', `/api/documents/${id}/versions`, { name }),
  version: (id: string, versionId: string) =>
    call<{ version: DocumentVersion; then: { html: string; text: string }; now: { html: string; text: string } }>(
      'GET',
      `/api/documents/${id}/versions/${versionId}`,
    ),
  restore: (id: string, versionId: string) => call<{ seq: number }>('POST', `/api/documents/${id}/versions/${versionId}/restore`),
};

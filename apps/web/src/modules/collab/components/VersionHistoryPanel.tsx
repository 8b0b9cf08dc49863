import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentVersion } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { useConfirmDialog } from '../../../components/useConfirmDialog';
import { documentKeys } from '../api/keys';
import { useDocumentVersion } from '../hooks/useDocumentVersion';
import { useDocumentVersions } from '../hooks/useDocumentVersions';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** History of a document: list, read-only preview beside the current text, named versions and restore. */
export function VersionHistoryPanel({ documentId, canWrite }: { documentId: string; canWrite: boolean }) {
  const { t } = useTranslation(COLLAB);
  const { confirm, dialog } = useConfirmDialog();
  const client = useQueryClient();
  const query = useDocumentVersions(documentId);
  const versions = query.data ?? null;
  const [previewId, setPreviewId] = useState<string | null>(null);
  const previewQuery = useDocumentVersion(documentId, previewId);
  const preview = previewId ? previewQuery.data : undefined;
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const load = () => client.invalidateQueries({ queryKey: documentKeys.versions(documentId) });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await call(documentRoutes.nameVersion, { params: { id: documentId }, body: { name: name.trim() } });
    setName('');
    await load();
  };
  const restore = async (id: string) => {
    const yes = await confirm({ title: t('restoreTitle'), body: t('restoreConfirm'), confirmLabel: t('common.restore'), cancelLabel: t('common.cancel') });
    if (!yes) return;
    await call(documentRoutes.restore, { params: { id: documentId, versionId: id } });
    setMessage(t('restored'));
    setPreviewId(null);
    await load();
  };
  const kind = (v: DocumentVersion) => (v.kind === 'auto' ? t('kindAuto') : v.kind === 'named' ? t('kindNamed') : t('kindRestore'));

  return (
    <section aria-labelledby="history-title" className="border rounded p-3 mb-3">
      <h2 id="history-title" className="h5">
        {t('history')}
      </h2>
      {message && (
        <div role="status" className="alert alert-info py-2">
          {message}
        </div>
      )}
      {canWrite && (
        <form className="d-flex gap-2 mb-3 align-items-end" onSubmit={save}>
          <div className="flex-grow-1">
            <label htmlFor="version-name" className="form-label small">
              {t('nameVersion')}
            </label>
            <input type="text" id="version-name" className="form-control" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className="btn btn-outline-primary btn-sm">
            {t('saveVersion')}
          </button>
        </form>
      )}
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {versions && versions.length === 0 && <p>{t('noVersions')}</p>}
      <ul className="list-group mb-3" data-testid="versions">
        {versions?.map((v) => (
          <li key={v.id} className="list-group-item d-flex justify-content-between align-items-center gap-2">
            <span>
              <strong>{v.name ?? new Date(v.createdAt).toLocaleString()}</strong>{' '}
              <span className="text-secondary small">
                ({kind(v)}, {new Date(v.createdAt).toLocaleString()})
              </span>
            </span>
            <span className="d-flex gap-1">
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => setPreviewId(v.id)}>
                {t('preview')}
              </button>
              {canWrite && (
                <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void restore(v.id)}>
                  {t('common.restore')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {previewId && previewQuery.error && <QueryError error={previewQuery.error} onRetry={() => previewQuery.refetch()} />}
      {preview && (
        <div className="row g-3" data-testid="version-preview">
          <div className="col-md-6">
            <h3 className="h6">{t('versionThen')}</h3>
            <div className="border rounded p-2 bg-light" dangerouslySetInnerHTML={{ __html: preview.then.html }} />
          </div>
          <div className="col-md-6">
            <h3 className="h6">{t('versionNow')}</h3>
            <div className="border rounded p-2" dangerouslySetInnerHTML={{ __html: preview.now.html }} />
          </div>
        </div>
      )}
      {dialog}
    </section>
  );
}

import { FormEvent, useCallback, useEffect, useState } from 'react';
import type { DocumentVersion } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { documentsApi } from '../api/documents';
import { COLLAB } from '../../../i18n/namespaces/collab';

/** History of a document: list, read-only preview beside the current text, named versions and restore. */
export function VersionHistoryPanel({ documentId, canWrite }: { documentId: string; canWrite: boolean }) {
  const { t } = useTranslation(COLLAB);
  const [versions, setVersions] = useState<DocumentVersion[] | null>(null);
  const [preview, setPreview] = useState<Awaited<ReturnType<typeof documentsApi.version>> | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(
    () =>
      documentsApi.versions(documentId).then(
        (r) => setVersions(r.versions),
        (e: Error) => setMessage(t('common.error', { message: e.message })),
      ),
    [documentId],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    await documentsApi.nameVersion(documentId, name.trim());
    setName('');
    await load();
  };
  const restore = async (id: string) => {
    if (!window.confirm(t('restoreConfirm'))) return;
    await documentsApi.restore(documentId, id);
    setMessage(t('restored'));
    setPreview(null);
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
              <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => void documentsApi.version(documentId, v.id).then(setPreview)}>
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
    </section>
  );
}

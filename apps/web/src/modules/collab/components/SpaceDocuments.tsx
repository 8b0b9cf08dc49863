import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { DOCUMENT_KINDS } from '@cantiere/domain/constants';
import type { DocumentKind } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { documentKeys } from '../api/keys';
import { useSpaceDocuments } from '../hooks/useSpaceDocuments';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { documentRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The documents of a space, and (for its members) a form to start a new one. */
export function SpaceDocuments({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const { t } = useTranslation(COLLAB);
  const client = useQueryClient();
  const query = useSpaceDocuments(spaceId);
  const documents = query.data ?? null;
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('working_note');
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = () => client.invalidateQueries({ queryKey: documentKeys.list(spaceId) });

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setTitleError(true);
      document.getElementById('new-document-title')?.focus();
      return;
    }
    try {
      await call(documentRoutes.create, { body: { spaceId, title: title.trim(), kind } });
      setTitle('');
      setTitleError(false);
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <section aria-labelledby="space-documents-title" className="mt-4">
      <h2 id="space-documents-title" className="h4">
        {t('documents')}
      </h2>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {documents && documents.length === 0 && <p>{t('noDocuments')}</p>}
      <ul className="list-group mb-3" data-testid="space-documents">
        {documents?.map((d) => (
          <li key={d.id} className="list-group-item">
            <Link to={`/documenti/${d.id}`}>{d.title}</Link> <span className="text-secondary small">— {t(`kind_${d.kind}`)}</span>
          </li>
        ))}
      </ul>
      {canCreate && (
        <form onSubmit={create} noValidate className="row g-2 align-items-end">
          <h3 className="h6 col-12 mb-0">{t('newDocument')}</h3>
          <div className="col-md-6">
            <label htmlFor="new-document-title" className="form-label">
              {t('common.title')}
            </label>
            <input
              type="text"
              id="new-document-title"
              className={`form-control ${titleError ? 'is-invalid' : ''}`}
              value={title}
              maxLength={200}
              aria-invalid={titleError}
              aria-describedby={titleError ? 'new-document-title-error' : undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
            {titleError && (
              <div id="new-document-title-error" className="invalid-feedback d-block">
                {t('errors.required')}
              </div>
            )}
          </div>
          <div className="col-md-4">
            <label htmlFor="new-document-kind" className="form-label">
              {t('common.kind')}
            </label>
            <select id="new-document-kind" className="form-select" value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind_${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="col-md-2">
            <button type="submit" className="btn btn-primary w-100">
              {t('create')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { PresenceUser } from '@cantiere/collab';
import { ApiError } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { useCollabDocument } from '../hooks/useCollabDocument';
import { useDocument } from '../hooks/useDocument';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { AccessNotice } from './AccessNotice';
import { CollaborativeEditor } from './CollaborativeEditor';
import { PresenceList } from './PresenceList';
import { SaveIndicator } from './SaveIndicator';
import { VersionHistoryPanel } from './VersionHistoryPanel';
import { colorFor } from '../presence-color';

// In a file of its own so that the plan editor takes the colours without the document editor's code.
export { colorFor } from '../presence-color';

export interface CurrentUser {
  id: string;
  name: string;
  organisation: string | null;
}

/** A shared document page: title, presence, the truthful save indicator, the editor and its history. */
export function DocumentView({ documentId, user }: { documentId: string; user: CurrentUser }) {
  const { t } = useTranslation(COLLAB);
  const query = useDocument(documentId);
  const doc = query.data;
  const failed = query.error instanceof ApiError && query.error.status >= 400 && query.error.status < 500;
  const [showHistory, setShowHistory] = useState(false);
  const collab = useCollabDocument(doc?.docId ?? null, user.id);
  const presence: PresenceUser = useMemo(() => ({ id: user.id, name: user.name, organisation: user.organisation, color: colorFor(user.id) }), [user]);

  if (failed)
    return (
      <div className="alert alert-warning" role="alert">
        {t('notFound')}
      </div>
    );
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!doc || !collab.ydoc || !collab.session) return <p role="status">{t('connecting')}</p>;
  const readOnly = (collab.session.access ?? doc.access) === 'read';
  return (
    <article>
      <h1 className="h2">{doc.title}</h1>
      <p className="text-secondary">
        {t(`kind_${doc.kind}`)} · {doc.spaceName}
      </p>
      <SaveIndicator status={collab.status} pending={collab.pending} readOnly={readOnly} />
      <AccessNotice change={collab.accessChange} />
      {collab.error && collab.error.code !== 'rate_limited' && collab.accessChange?.access !== null && (
        <div className="alert alert-danger" role="alert">
          {collab.error.code === 'read_only' ? t('nowReadOnly') : t('common.error', { message: collab.error.message })}
        </div>
      )}
      <PresenceList session={collab.session} />
      <CollaborativeEditor ydoc={collab.ydoc} session={collab.session} user={presence} editable={!readOnly && collab.status !== 'closed'} />
      <div className="mt-3">
        <button type="button" className="btn btn-outline-secondary btn-sm" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
          {showHistory ? t('hideHistory') : t('history')}
        </button>
      </div>
      {showHistory && (
        <div className="mt-3">
          <VersionHistoryPanel documentId={doc.id} canWrite={!readOnly} />
        </div>
      )}
    </article>
  );
}

import { Suspense, useMemo, useState } from 'react';
import type { PresenceUser } from '@cantiere/collab';
import { ApiError } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { AccessNotice, colorFor, PresenceList, SaveIndicator, useCollabDocument } from '../../editor';
import { useDocument } from '../hooks/useDocument';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { UseAsPlanIntroduction } from '../../plans';
import { CollaborativeEditor } from './CollaborativeEditor';
import { VersionHistoryPanel } from './VersionHistoryPanel';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

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

  if (failed) return <NotFoundNotice message={t('notFound')} />;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!doc || !collab.ydoc || !collab.session) return <p role="status">{t('connecting')}</p>;
  // The open session says what the server decided last (rights can change while the document is open).
  const readOnly = collab.session.access ? collab.session.access === 'read' : !doc.can['document.write'];
  return (
    <article>
      <h1 className="h2">{doc.title}</h1>
      <p className="text-secondary">
        {t(`kind_${doc.kind}`)} · {doc.spaceName}
      </p>
      {doc.kind === 'action_plan_draft' && (
        <Suspense fallback={null}>
          <UseAsPlanIntroduction documentId={doc.id} spaceId={doc.spaceId} />
        </Suspense>
      )}
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

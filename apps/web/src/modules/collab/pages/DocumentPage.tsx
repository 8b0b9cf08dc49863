import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';

// Tiptap, ProseMirror and Yjs are the heaviest part of the client: loaded only where a document is open.
const DocumentView = lazy(() => import('../components/DocumentView').then((m) => ({ default: m.DocumentView })));

export function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user, organisation } = useAuth();
  if (!user) return null;
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <DocumentView documentId={id} user={{ id: user.id, name: user.name, organisation }} />
    </Suspense>
  );
}

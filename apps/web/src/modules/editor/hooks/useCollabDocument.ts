import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { CollabClient } from '@cantiere/collab';
import type { AccessChange, DocSession, SessionStatus } from '@cantiere/collab';

let sharedClient: CollabClient | null = null;

/** One socket per tab, shared by every document the tab opens (same origin: the session cookie authenticates). */
function client(): CollabClient {
  sharedClient ??= new CollabClient();
  return sharedClient;
}

export interface CollabDocumentState {
  ydoc: Y.Doc | null;
  session: DocSession | null;
  status: SessionStatus;
  pending: number;
  error: { code: string; message: string } | null;
  /** The server changed the rights while the document was open (doc:access, or doc:closed access_revoked). */
  accessChange: AccessChange | null;
}

/**
 * Opens a shared document: first from the browser's own copy (IndexedDB, so that edits made offline
 * survive a reload), then from the server, to which it sends whatever the server lacks.
 */
export function useCollabDocument(docId: string | null, userKey: string): CollabDocumentState {
  const [state, setState] = useState<CollabDocumentState>({ ydoc: null, session: null, status: 'connecting', pending: 0, error: null, accessChange: null });

  useEffect(() => {
    if (!docId) return;
    let cancelled = false;
    const ydoc = new Y.Doc();
    const local = new IndexeddbPersistence(`cantiere:${userKey}:${docId}`, ydoc);
    let session: DocSession | null = null;
    const offs: (() => void)[] = [];
    void local.whenSynced.then(() => {
      if (cancelled) return;
      session = client().open(docId, ydoc);
      const refresh = () =>
        !cancelled &&
        setState({
          ydoc,
          session,
          status: session!.status,
          pending: session!.pendingCount,
          error: session!.lastError,
          accessChange: session!.lastAccessChange,
        });
      offs.push(session.on('status', refresh), session.on('pending', refresh), session.on('error', refresh), session.on('access', refresh));
      const onOffline = () => refresh();
      window.addEventListener('offline', onOffline);
      window.addEventListener('online', onOffline);
      offs.push(
        () => window.removeEventListener('offline', onOffline),
        () => window.removeEventListener('online', onOffline),
      );
      refresh();
    });
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      session?.close();
      void local.destroy();
      ydoc.destroy();
    };
  }, [docId, userKey]);

  return state;
}

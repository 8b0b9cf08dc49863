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
 * Opens a shared document from the browser's own copy (IndexedDB, so that edits made offline survive a reload) and
 * from the server at the same time: Yjs merges the two in whichever order they arrive, and what the local copy holds
 * that the server lacks is sent as a local change. (Joining only after the local copy had loaded put the opening of
 * IndexedDB before every join.) The document is shown once either has arrived.
 */
export function useCollabDocument(docId: string | null, userKey: string): CollabDocumentState {
  const [state, setState] = useState<CollabDocumentState>({ ydoc: null, session: null, status: 'connecting', pending: 0, error: null, accessChange: null });

  useEffect(() => {
    if (!docId) return;
    let cancelled = false;
    let localLoaded = false;
    const ydoc = new Y.Doc();
    const local = new IndexeddbPersistence(`cantiere:${userKey}:${docId}`, ydoc);
    const session = client().open(docId, ydoc);
    const refresh = () => {
      if (cancelled || (!localLoaded && session.status !== 'synced')) return;
      setState({
        ydoc,
        session,
        status: session.status,
        pending: session.pendingCount,
        error: session.lastError,
        accessChange: session.lastAccessChange,
      });
    };
    const offs = [session.on('status', refresh), session.on('pending', refresh), session.on('error', refresh), session.on('access', refresh)];
    window.addEventListener('offline', refresh);
    window.addEventListener('online', refresh);
    offs.push(
      () => window.removeEventListener('offline', refresh),
      () => window.removeEventListener('online', refresh),
    );
    void local.whenSynced.then(() => {
      localLoaded = true;
      refresh();
    });
    return () => {
      cancelled = true;
      offs.forEach((off) => off());
      session.close();
      void local.destroy();
      ydoc.destroy();
    };
  }, [docId, userKey]);

  return state;
}

/**
 * The live collaborative editor that shared documents and the minutes both use: the document's session (Yjs, saved
 * offline), the Tiptap editor with the others' carets, its toolbar, who is here and whether changes are saved.
 * Tiptap, ProseMirror and Yjs are the heaviest code of the client: only code that is itself loaded lazily imports this.
 */
export { colorFor } from './colors';
export { AccessNotice } from './components/AccessNotice';
export { EditorToolbar } from './components/EditorToolbar';
export { PresenceList } from './components/PresenceList';
export { SaveIndicator } from './components/SaveIndicator';
export { useCollabDocument, type CollabDocumentState } from './hooks/useCollabDocument';
export { useCollabEditor, type CollabEditorOptions } from './hooks/useCollabEditor';
export { useMentionSource } from './hooks/useMentionSource';

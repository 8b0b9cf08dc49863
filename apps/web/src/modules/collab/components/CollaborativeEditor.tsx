import { EditorContent } from '@tiptap/react';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { documentSchemaExtensions } from '@cantiere/editor-schema/tiptap';
import { EditorToolbar, useCollabEditor, useMentionSource } from '../../editor';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';

interface Props {
  ydoc: Y.Doc;
  session: DocSession;
  user: PresenceUser;
  editable: boolean;
}

/** The schema shared with the server's projection; undo and redo come from the collaboration binding. */
const DOCUMENT_EXTENSIONS = documentSchemaExtensions();

/** A shared document's editor, with its formatting toolbar while it may be changed. */
export function CollaborativeEditor({ ydoc, session, user, editable }: Props) {
  const { t } = useTranslation(COLLAB);
  const mentions = useMentionSource(session.docId);
  const editor = useCollabEditor({
    ydoc,
    session,
    user,
    editable,
    extensions: DOCUMENT_EXTENSIONS,
    label: t('editorLabel'),
    className: 'cantiere-editor form-control',
    testId: 'editor',
    mentions,
  });

  if (!editor) return null;
  return (
    <div className="cantiere-editor-wrapper">
      {editable && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { documentSchemaExtensions } from '@cantiere/editor-schema/tiptap';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './EditorToolbar';
import { COLLAB } from '../../../i18n/namespaces/collab';

interface Props {
  ydoc: Y.Doc;
  session: DocSession;
  user: PresenceUser;
  editable: boolean;
}

/** Tiptap bound to the shared Y.Doc (field `default`, which the server projects to text and HTML). */
export function CollaborativeEditor({ ydoc, session, user, editable }: Props) {
  const { t } = useTranslation(COLLAB);
  const editor = useEditor(
    {
      editable,
      extensions: [
        // The schema shared with the server's projection; undo and redo come from the collaboration binding.
        ...documentSchemaExtensions(),
        Collaboration.configure({ document: ydoc, field: 'default' }),
        CollaborationCaret.configure({ provider: { awareness: session.awareness }, user }),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('editorLabel'),
          class: 'cantiere-editor form-control',
          'data-testid': 'editor',
        },
      },
    },
    [ydoc, session],
  );

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    session.awareness.setLocalStateField('user', user);
  }, [session, user]);

  if (!editor) return null;
  return (
    <div className="cantiere-editor-wrapper">
      {editable && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

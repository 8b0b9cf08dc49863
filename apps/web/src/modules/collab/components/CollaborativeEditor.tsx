import { useEffect } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
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
        // Undo and redo come from the collaboration binding, so that each person undoes only their own edits.
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] } }),
        Table.configure({ resizable: false }),
        TableRow,
        TableHeader,
        TableCell,
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

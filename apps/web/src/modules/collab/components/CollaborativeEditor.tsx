import { EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { useCollabEditor } from '../hooks/useCollabEditor';
import { EditorToolbar } from './EditorToolbar';
import { useCollabText } from '../texts';

interface Props {
  ydoc: Y.Doc;
  session: DocSession;
  user: PresenceUser;
  editable: boolean;
}

/** The extensions of a shared document: rich text with links and tables. */
const DOCUMENT_EXTENSIONS = [
  StarterKit.configure({ undoRedo: false, link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] } }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
];

/** A shared document's editor, with its formatting toolbar while it may be changed. */
export function CollaborativeEditor({ ydoc, session, user, editable }: Props) {
  const t = useCollabText();
  const editor = useCollabEditor({
    ydoc,
    session,
    user,
    editable,
    extensions: DOCUMENT_EXTENSIONS,
    label: t('editorLabel'),
    className: 'cantiere-editor form-control',
    testId: 'editor',
  });

  if (!editor) return null;
  return (
    <div className="cantiere-editor-wrapper">
      {editable && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

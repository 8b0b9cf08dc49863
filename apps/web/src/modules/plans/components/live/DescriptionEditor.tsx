import { EditorContent, useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import { documentSchemaExtensions } from '@cantiere/editor-schema/tiptap';
import { EditorToolbar } from '../../../editor';

const EXTENSIONS = documentSchemaExtensions();

/**
 * The shared rich-text editor on one description of the plan (its own Y.XmlFragment). Mounted only while the
 * description is being edited: thirty objectives and three hundred actions never hold three hundred editors.
 * Undo inside it comes from the collaboration binding, the person's own typing only.
 */
export function DescriptionEditor({ fragment, label, testId }: { fragment: Y.XmlFragment; label: string; testId: string }) {
  const editor = useEditor(
    {
      autofocus: 'end',
      extensions: [...EXTENSIONS, Collaboration.configure({ fragment })],
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'cantiere-editor form-control', 'data-testid': testId },
      },
    },
    [fragment],
  );
  if (!editor) return null;
  return (
    <div className="cantiere-editor-wrapper">
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}

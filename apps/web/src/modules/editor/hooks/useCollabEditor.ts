import { useEffect } from 'react';
import type { Extensions } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { MENTION } from '@cantiere/editor-schema';
import type { MentionListTexts } from '../components/MentionList';
import { mentionWithSuggestions, type MentionFetcher } from '../extensions/mention-suggestion';

export interface CollabEditorOptions {
  ydoc: Y.Doc;
  session: DocSession;
  /** The person as the others see them (name, organisation, caret colour). */
  user: PresenceUser;
  editable: boolean;
  /** The document's own schema and behaviour; collaboration and the others' carets are added here. */
  extensions: Extensions;
  /** The editing area's accessible name. */
  label: string;
  className: string;
  testId: string;
  /** Who may be mentioned: typing `@` then offers them (without it, mentions are shown but not offered). */
  mentions?: { fetch: MentionFetcher; texts: MentionListTexts };
}

/**
 * Tiptap bound to a shared Y.Doc (field `default`, which the server projects to text and HTML), for every
 * collaborative text of the client (shared documents and the minutes): the others' carets follow the session's
 * awareness, the person's presence is published there, and `editable` follows the rights and the connection.
 * Undo and redo must come from the collaboration binding (leave StarterKit's own out of `extensions`), so that
 * each person undoes only their own edits.
 */
export function useCollabEditor({ ydoc, session, user, editable, extensions, label, className, testId, mentions }: CollabEditorOptions) {
  const editor = useEditor(
    {
      editable,
      extensions: [
        // The schema's mention node, given the `@` list here, the same for documents and minutes.
        ...(mentions ? [...extensions.filter((e) => e.name !== MENTION.name), mentionWithSuggestions(mentions.fetch, mentions.texts)] : extensions),
        Collaboration.configure({ document: ydoc, field: 'default' }),
        CollaborationCaret.configure({ provider: { awareness: session.awareness }, user }),
      ],
      editorProps: {
        attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: className, 'data-testid': testId },
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

  return editor;
}

import { useEffect, useMemo } from 'react';
import { EditorContent } from '@tiptap/react';
import type * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { richTextExtensions } from '@cantiere/editor-schema/tiptap';
import { useTranslation } from 'react-i18next';
import { EditorToolbar, useCollabEditor, useMentionSource } from '../../editor';
import { AgendaSection } from '../extensions/AgendaSection';
import { ActionBlock, DecisionBlock } from '../extensions/MinutesBlocks';
import { MinutesGuards } from '../extensions/MinutesGuards';
import { MinutesDocument, OtherBusinessSection } from '../extensions/OtherBusinessSection';
import { MINUTES } from '../../../i18n/namespaces/minutes';

interface Props {
  ydoc: Y.Doc;
  session: DocSession;
  user: PresenceUser;
  editable: boolean;
  currentItemId: string | null;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** The extensions of the minutes: the editor's usual ones plus agenda sections, varie ed eventuali, decisions and actions. */
export function minutesExtensions(otherBusinessTitle?: string) {
  return [
    ...richTextExtensions({ document: false }),
    MinutesDocument,
    AgendaSection,
    otherBusinessTitle ? OtherBusinessSection.configure({ title: otherBusinessTitle }) : OtherBusinessSection,
    DecisionBlock,
    ActionBlock,
    MinutesGuards,
  ];
}

/** The live minutes: one section per agenda item, the current one highlighted, decision and action blocks. */
export function MinutesEditor({ ydoc, session, user, editable, currentItemId }: Props) {
  const { t } = useTranslation(MINUTES);
  const otherBusiness = t('otherBusiness');
  const extensions = useMemo(() => minutesExtensions(otherBusiness), [otherBusiness]);
  const mentions = useMentionSource(session.docId);
  const editor = useCollabEditor({
    ydoc,
    session,
    user,
    editable,
    extensions,
    label: t('editorLabel'),
    className: 'cantiere-editor minutes-editor form-control',
    testId: 'minutes-editor',
    mentions,
  });

  // Follow the facilitator to the item under discussion, unless the reader is writing elsewhere.
  useEffect(() => {
    if (!editor || !currentItemId || !UUID.test(currentItemId) || editor.isFocused) return;
    const section = editor.view.dom.querySelector(`section.minutes-section[data-item-id="${currentItemId}"]`);
    section?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [editor, currentItemId]);

  if (!editor) return null;
  const highlight =
    currentItemId && UUID.test(currentItemId)
      ? `.minutes-editor section.minutes-section[data-item-id="${currentItemId}"] { border-left-color: #0066cc; background: #f0f6fc; }
       .minutes-editor section.minutes-section[data-item-id="${currentItemId}"] > .minutes-section-title::after { content: ${JSON.stringify(` · ${t('inDiscussion')}`)}; color: #0066cc; font-weight: 600; }`
      : '';
  return (
    <div className="cantiere-editor-wrapper">
      {highlight && <style>{highlight}</style>}
      {editable && (
        <>
          <EditorToolbar editor={editor} />
          <div className="btn-toolbar gap-2 mb-2" role="toolbar" aria-label={t('meetings:outcomes')}>
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              data-testid="insert-decision"
              onClick={() => editor.chain().focus().insertDecision().run()}
            >
              {t('insertDecision')}
            </button>
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              data-testid="insert-action"
              onClick={() => editor.chain().focus().insertAction().run()}
            >
              {t('insertAction')}
            </button>
          </div>
        </>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}

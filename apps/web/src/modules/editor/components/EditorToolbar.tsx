import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { LinkDialog } from '../link/LinkDialog';

// Drawn rather than the link emoji, which showed as an empty box where no emoji font is installed.
const linkIcon = (
  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
    <path d="M6.3 9.7l3.4-3.4" />
    <path d="M7.2 4.6l1.3-1.3a2.7 2.7 0 0 1 3.8 3.8L11 8.4" />
    <path d="M8.8 11.4l-1.3 1.3a2.7 2.7 0 0 1-3.8-3.8L5 7.6" />
  </svg>
);

/** Formatting buttons; each says whether it is active (aria-pressed) and works from the keyboard. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation(COLLAB);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  /** The link being asked for: the address under the cursor (null for a new link), while the dialog is open. */
  const [linking, setLinking] = useState<{ previous: string | null } | null>(null);
  // The accessible name starts with the visible text (WCAG 2.5.3), so that voice users can say what they see.
  const nameOf = (label: string, text: string) =>
    /^[\p{L}\p{N}.]+$/u.test(text) && !label.toLowerCase().includes(text.toLowerCase()) ? `${text} ${label}` : label;
  const button = (label: string, pressed: boolean | undefined, run: () => void, text: string, icon?: ReactNode) => (
    <button
      type="button"
      className={`btn btn-sm ${pressed ? 'btn-primary' : 'btn-outline-primary'}`}
      aria-pressed={pressed === undefined ? undefined : pressed}
      aria-label={nameOf(label, text)}
      title={label}
      onClick={run}
    >
      {icon ?? text}
    </button>
  );
  const openLink = () => setLinking({ previous: (editor.getAttributes('link').href as string | undefined) ?? null });
  return (
    <>
      <div className="btn-toolbar gap-1 mb-2 flex-wrap" role="toolbar" aria-label={t('toolbar')}>
        {button(t('bold'), active.bold, () => chain().toggleBold().run(), 'G')}
        {button(t('italic'), active.italic, () => chain().toggleItalic().run(), 'C')}
        {button(t('underline'), active.underline, () => chain().toggleUnderline().run(), 'S')}
        {button(t('heading2'), active.h2, () => chain().toggleHeading({ level: 2 }).run(), 'H2')}
        {button(t('heading3'), active.h3, () => chain().toggleHeading({ level: 3 }).run(), 'H3')}
        {button(t('bulletList'), active.bullet, () => chain().toggleBulletList().run(), '•')}
        {button(t('orderedList'), active.ordered, () => chain().toggleOrderedList().run(), '1.')}
        {button(t('link'), active.link, openLink, '', linkIcon)}
        {button(t('table'), undefined, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), '▦')}
        {button(t('undo'), undefined, () => chain().undo().run(), '↶')}
        {button(t('redo'), undefined, () => chain().redo().run(), '↷')}
      </div>
      {linking && (
        <LinkDialog
          previous={linking.previous}
          returnFocus={editor.view.dom}
          onCancel={() => setLinking(null)}
          onRemove={() => {
            setLinking(null);
            chain().extendMarkRange('link').unsetLink().run();
          }}
          onApply={(href) => {
            setLinking(null);
            chain().extendMarkRange('link').setLink({ href }).run();
          }}
        />
      )}
    </>
  );
}

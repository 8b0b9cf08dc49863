import { MinutesDocumentNode, OtherBusinessSectionNode } from '@cantiere/editor-schema/tiptap';

/** The minutes' body (agenda sections, then varie ed eventuali), from the schema library. */
export const MinutesDocument = MinutesDocumentNode;

export interface OtherBusinessOptions {
  /** The heading, in the reader's language. */
  title: string;
}

/** Varie ed eventuali (the schema's node), shown under a heading in the reader's language. */
export const OtherBusinessSection = OtherBusinessSectionNode.extend<OtherBusinessOptions>({
  addOptions: () => ({ title: 'Varie ed eventuali' }),

  addNodeView() {
    return () => {
      const dom = document.createElement('section');
      dom.className = 'minutes-other-business';
      const heading = document.createElement('h3');
      heading.className = 'minutes-other-business-title h5';
      heading.contentEditable = 'false';
      heading.textContent = this.options.title;
      const content = document.createElement('div');
      content.className = 'minutes-section-body';
      dom.append(heading, content);
      return {
        dom,
        contentDOM: content,
        // The heading is ours, not the document's: ProseMirror must not read it back as content.
        ignoreMutation: (m) => heading.contains(m.target as globalThis.Node),
      };
    };
  },
});

import { mergeAttributes, Node } from '@tiptap/core';
import { MINUTES_BODY_CONTENT, MINUTES_NODES } from '@cantiere/collab';

/**
 * The minutes' body: the agenda's sections, then varie ed eventuali, and nothing between them. With no place
 * for a block outside a section, the cursor cannot land between two sections, so every decision and action is
 * written inside a section and gets its agenda item (or none, in varie ed eventuali) from it.
 */
export const MinutesDocument = Node.create({ name: 'doc', topNode: true, content: MINUTES_BODY_CONTENT });

export interface OtherBusinessOptions {
  /** The heading, in the reader's language. */
  title: string;
}

/** Varie ed eventuali: the last section, laid out by the server, for business outside the agenda. */
export const OtherBusinessSection = Node.create<OtherBusinessOptions>({
  name: MINUTES_NODES.otherBusiness,
  content: 'block+',
  defining: true,
  isolating: true,

  addOptions: () => ({ title: 'Varie ed eventuali' }),

  parseHTML() {
    return [{ tag: 'section[data-other-business]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-other-business': '', class: 'minutes-other-business' }), 0];
  },

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

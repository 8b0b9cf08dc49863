import { mergeAttributes, Node } from '@tiptap/core';
import { MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';

/**
 * One section per agenda item, laid out by the server when the meeting starts. The heading is not editable:
 * it comes from the agenda; the text below it is the discussion of the item. Sections are in no group: they
 * sit only at the top level (MinutesDocument), never inside another block.
 */
export const AgendaSection = Node.create({
  name: MINUTES_NODES.section,
  content: 'block+',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      [SECTION_ATTRS.itemId]: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-item-id'),
        renderHTML: (a) => ({ 'data-item-id': a[SECTION_ATTRS.itemId] }),
      },
      [SECTION_ATTRS.title]: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-title') ?? '',
        renderHTML: (a) => ({ 'data-title': a[SECTION_ATTRS.title] }),
      },
      [SECTION_ATTRS.position]: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-position') ?? '',
        renderHTML: (a) => ({ 'data-position': a[SECTION_ATTRS.position] }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-item-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { class: 'minutes-section' }), 0];
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('section');
      dom.className = 'minutes-section';
      const heading = document.createElement('h3');
      heading.className = 'minutes-section-title h5';
      heading.contentEditable = 'false';
      const content = document.createElement('div');
      content.className = 'minutes-section-body';
      dom.append(heading, content);
      const render = (n: typeof node) => {
        dom.dataset.itemId = String(n.attrs[SECTION_ATTRS.itemId] ?? '');
        heading.textContent = `${n.attrs[SECTION_ATTRS.position] ? `${n.attrs[SECTION_ATTRS.position]}. ` : ''}${n.attrs[SECTION_ATTRS.title] ?? ''}`;
      };
      render(node);
      return {
        dom,
        contentDOM: content,
        update: (updated) => {
          if (updated.type.name !== MINUTES_NODES.section) return false;
          render(updated);
          return true;
        },
        // The heading is ours, not the document's: ProseMirror must not read it back as content.
        ignoreMutation: (m) => heading.contains(m.target as globalThis.Node),
      };
    };
  },
});

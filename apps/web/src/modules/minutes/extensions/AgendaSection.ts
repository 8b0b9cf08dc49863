import { MINUTES_NODES, SECTION_ATTRS } from '@cantiere/editor-schema';
import { AgendaSectionNode } from '@cantiere/editor-schema/tiptap';

/**
 * One section per agenda item (the schema's node, from libs/editor-schema), shown with the item's title as a heading
 * that is not editable: it comes from the agenda; the text below it is the discussion of the item.
 */
export const AgendaSection = AgendaSectionNode.extend({
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

import * as Y from 'yjs';
import { MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';

/** Writing into a minutes Y.Doc the way the editor does, for tests that need minutes with content. */
export const sectionOf = (doc: Y.Doc, itemId: string): Y.XmlElement =>
  doc
    .getXmlFragment('default')
    .toArray()
    .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section && n.getAttribute(SECTION_ATTRS.itemId) === itemId)!;

/** Appends a block the way the editor's node writes it: an element with attributes and its text inside. */
export function addBlock(section: Y.XmlElement, name: string, attrs: Record<string, unknown>, text: string): Y.XmlElement {
  const block = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) block.setAttribute(k, v as string);
  const content = new Y.XmlText();
  block.insert(0, [content]);
  section.push([block]);
  content.insert(0, text);
  return block;
}

/** Appends a paragraph holding `text` (with `attributes`, as marks, on all of it); returns its text, to edit later. */
export function paragraph(parent: Y.XmlElement | Y.XmlFragment, text: string, attributes?: Record<string, unknown>): Y.XmlText {
  const p = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  p.insert(0, [content]);
  parent.push([p]);
  content.insert(0, text, attributes);
  return content;
}

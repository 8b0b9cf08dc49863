import * as Y from 'yjs';
import { BODY_FIELD, MINUTES_NODES } from '@cantiere/editor-schema';

type BodyNode = Y.XmlElement | Y.XmlText;

const isNamed = (node: unknown, name: string): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === name;

/**
 * Whether the minutes have the shape the editor's schema requires (MINUTES_BODY_CONTENT): agenda sections, then
 * exactly one varie ed eventuali section, and nothing else at the top level. Before the meeting starts there
 * are no agenda sections yet, only varie ed eventuali: that is the shape too, since the server adds the rest.
 */
export function hasMinutesShape(doc: Y.Doc): boolean {
  const children = doc.getXmlFragment(BODY_FIELD).toArray();
  const last = children.at(-1);
  // A section holds at least one block: an editor would fill an empty one with a paragraph of its own.
  return isNamed(last, MINUTES_NODES.otherBusiness) && last.length > 0 && children.slice(0, -1).every((c) => isNamed(c, MINUTES_NODES.section) && c.length > 0);
}

/** A copy of a top-level node that a section may hold (sections hold blocks: bare text gets a paragraph). */
function asBlock(node: BodyNode): Y.XmlElement {
  if (node instanceof Y.XmlElement) return node.clone();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [node.clone()]);
  return paragraph;
}

/**
 * Brings minutes written before varie ed eventuali was a section of its own (or by a client that did not keep
 * to the schema) to the current shape, moving content rather than dropping it: an editor whose schema has no
 * place for a node deletes it. Where loose content goes:
 * - between the sections of items N and N+1: at the end of item N's section. The editor let the cursor land
 *   there only from the end of section N (arrow down after its last block), so that is what it was written for;
 * - before the first agenda section or after the last one: into varie ed eventuali, in document order, because
 *   that is where the verbale printed it so far (and where the editor offered to write closing business);
 * - loose content next to a varie section is varie's; the content of more than one varie section (written
 *   concurrently) is joined into one, last.
 * Moved blocks keep their attributes and block id, so a decision or action keeps its row and gets the item of
 * the section it now sits in. Call it inside a transaction; it changes nothing on a document already in shape.
 */
export function shapeMinutes(doc: Y.Doc): void {
  if (hasMinutesShape(doc)) return;
  const body = doc.getXmlFragment(BODY_FIELD);
  const children = body.toArray() as BodyNode[];
  const intoSection = new Map<Y.XmlElement, BodyNode[]>();
  const intoOther: BodyNode[] = [];
  const otherSections: Y.XmlElement[] = [];
  let owner: Y.XmlElement | null = null;
  let pending: BodyNode[] = [];
  for (const child of children) {
    if (isNamed(child, MINUTES_NODES.section)) {
      if (owner && pending.length) intoSection.set(owner, [...(intoSection.get(owner) ?? []), ...pending]);
      else intoOther.push(...pending);
      pending = [];
      owner = child;
    } else if (isNamed(child, MINUTES_NODES.otherBusiness)) {
      // Loose content next to a varie section is varie's, in the order it was written.
      otherSections.push(child);
      intoOther.push(...pending.splice(0), child);
      owner = null;
    } else {
      pending.push(child);
    }
  }
  intoOther.push(...pending);

  for (const [section, nodes] of intoSection) section.push(nodes.map(asBlock));
  for (const child of children) if (isNamed(child, MINUTES_NODES.section) && child.length === 0) child.insert(0, [new Y.XmlElement('paragraph')]);

  const kept = otherSections.length === 1 && children.at(-1) === otherSections[0] && otherSections[0].length > 0 ? otherSections[0] : null;
  if (kept) {
    // The usual case: one varie section, last: only what precedes it in document order is prepended.
    const before = intoOther.slice(0, intoOther.indexOf(kept));
    if (before.length) kept.insert(0, before.map(asBlock));
  } else {
    const other = new Y.XmlElement(MINUTES_NODES.otherBusiness);
    const content = intoOther.flatMap((n) => (isNamed(n, MINUTES_NODES.otherBusiness) ? (n.toArray() as BodyNode[]) : [n])).map(asBlock);
    other.insert(0, content.length ? content : [new Y.XmlElement('paragraph')]);
    body.push([other]);
  }

  // Every original that was copied goes, from the end so that the indexes still hold.
  for (let i = children.length - 1; i >= 0; i--) {
    if (!isNamed(children[i], MINUTES_NODES.section) && children[i] !== kept) body.delete(i, 1);
  }
}

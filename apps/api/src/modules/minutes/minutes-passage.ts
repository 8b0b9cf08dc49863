import * as Y from 'yjs';
import { BODY_FIELD, HARD_BREAK, MENTION, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/editor-schema';
import { clientOfElement, clientsOfText, mentionText } from '../../collab';

/** Embeds count as one position in a Y.XmlText (as in suggestion-apply.ts). */
const EMBED = '\uFFFC';

/** A piece of a text block's plain text: a run of text, or an inline element (a mention, a line break). */
interface Piece {
  start: number;
  end: number;
  text?: Y.XmlText;
  element?: Y.XmlElement;
}

/** The plain text of each block that holds text directly (paragraphs, headings, decisions, actions...), with its pieces. */
function textBlocks(node: Y.XmlElement | Y.XmlFragment, out: { plain: string; pieces: Piece[] }[] = []) {
  const children = node.toArray();
  if (node instanceof Y.XmlElement && children.some((c) => c instanceof Y.XmlText)) {
    let plain = '';
    const pieces: Piece[] = [];
    for (const child of children) {
      const start = plain.length;
      if (child instanceof Y.XmlText) {
        plain += (child.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : EMBED)).join('');
        pieces.push({ start, end: plain.length, text: child });
      } else if (child instanceof Y.XmlElement) {
        plain += child.nodeName === MENTION.name ? mentionText(child) : child.nodeName === HARD_BREAK ? '\n' : '';
        pieces.push({ start, end: plain.length, element: child });
      }
    }
    out.push({ plain, pieces });
    return out;
  }
  for (const child of children) if (child instanceof Y.XmlElement) textBlocks(child, out);
  return out;
}

/**
 * The Yjs clients that wrote a quoted passage of the minutes: the writers of its characters (and of the mentions in
 * it), wherever each line of the quote appears, within the agenda item's section when the remark names one. A quote
 * selected across paragraphs arrives as several lines; a line no longer in the text names nobody.
 */
export function passageClients(doc: Y.Doc, quote: string, agendaItemId: string | null): Set<number> {
  const body = doc.getXmlFragment(BODY_FIELD);
  const section = agendaItemId
    ? body
        .toArray()
        .find(
          (n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section && n.getAttribute(SECTION_ATTRS.itemId) === agendaItemId,
        )
    : undefined;
  const blocks = textBlocks(section ?? body);
  const lines = quote
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const clients = new Set<number>();
  for (const line of lines) {
    for (const { plain, pieces } of blocks) {
      for (let at = plain.indexOf(line); at >= 0; at = plain.indexOf(line, at + 1)) {
        const end = at + line.length;
        for (const piece of pieces) {
          if (piece.end <= at || piece.start >= end) continue;
          if (piece.text) for (const c of clientsOfText(piece.text, Math.max(0, at - piece.start), end - piece.start)) clients.add(c);
          const client = piece.element ? clientOfElement(piece.element) : null;
          if (client !== null) clients.add(client);
        }
      }
    }
  }
  return clients;
}

import * as Y from 'yjs';
import { BODY_FIELD, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/editor-schema';

export type PassageReplacement = 'applied' | 'not_found' | 'ambiguous';

/** Embeds count as one position in a Y.XmlText: a placeholder keeps string offsets equal to Yjs offsets. */
const EMBED = '\uFFFC';

type Run = { insert: unknown; attributes?: Record<string, unknown> };

function textsUnder(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) textsUnder(child, out);
  }
  return out;
}

const plainOf = (text: Y.XmlText) => (text.toDelta() as Run[]).map((r) => (typeof r.insert === 'string' ? r.insert : EMBED)).join('');

function attributesAt(text: Y.XmlText, index: number): Record<string, unknown> {
  let at = 0;
  for (const run of text.toDelta() as Run[]) {
    const length = typeof run.insert === 'string' ? run.insert.length : 1;
    if (index < at + length) return run.attributes ?? {};
    at += length;
  }
  return {};
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Replaces the quoted passage with the proposed text, keeping the formatting where the passage starts, but only
 * when the passage appears exactly once (within its agenda item's section when the suggestion names one): a
 * passage edited away, split across paragraphs or repeated is left for the officers to apply by hand.
 */
export function replacePassage(doc: Y.Doc, quote: string, replacement: string, agendaItemId: string | null): PassageReplacement {
  const body = doc.getXmlFragment(BODY_FIELD);
  const section = agendaItemId
    ? body
        .toArray()
        .find(
          (n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section && n.getAttribute(SECTION_ATTRS.itemId) === agendaItemId,
        )
    : undefined;
  const matches = textsUnder(section ?? body).flatMap((text) => occurrences(plainOf(text), quote).map((index) => ({ text, index })));
  if (!quote || matches.length === 0) return 'not_found';
  if (matches.length > 1) return 'ambiguous';
  const [{ text, index }] = matches;
  const attributes = attributesAt(text, index);
  text.delete(index, quote.length);
  text.insert(index, replacement, attributes);
  return 'applied';
}

import * as Y from 'yjs';
import { stripUnsafeCharacters } from '@cantiere/domain';
import { BLOCK_HTML_TAGS, BODY_FIELD, HARD_BREAK, HEADING, LINK, MARK_HTML_TAGS, TEXT_BLOCK_NODES, VOID_HTML_TAGS } from '@cantiere/editor-schema';

/** Names and tags come from the editor's schema (libs/editor-schema), whose test proves that the editor renders them so. */
export { BODY_FIELD };
const BLOCK_TAGS: Record<string, string> = BLOCK_HTML_TAGS;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function safeHref(href: unknown): string | null {
  return typeof href === 'string' && /^(https?:|mailto:|\/|#)/i.test(href.trim()) ? href.trim() : null;
}

function textToHtml(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown; attributes?: Record<string, Record<string, unknown> | true> }[])
    .map(({ insert, attributes }) => {
      if (typeof insert !== 'string') return '';
      let html = escapeHtml(insert);
      const a = attributes ?? {};
      for (const [mark, tag] of Object.entries(MARK_HTML_TAGS)) if (a[mark]) html = `<${tag}>${html}</${tag}>`;
      const link = a[LINK.name];
      const href = link && typeof link === 'object' ? safeHref(link[LINK.hrefAttr]) : null;
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
      return html;
    })
    .join('');
}

function nodeToHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return textToHtml(node);
  if (!(node instanceof Y.XmlElement)) return '';
  const name = node.nodeName;
  const tag =
    name === HEADING.name ? `h${Math.min(6, Math.max(1, Number(node.getAttribute(HEADING.levelAttr)) || HEADING.defaultLevel))}` : (BLOCK_TAGS[name] ?? 'div');
  if (VOID_HTML_TAGS.has(tag)) return `<${tag}>`;
  const inner = node
    .toArray()
    .map((c) => nodeToHtml(c as Y.XmlElement | Y.XmlText))
    .join('');
  return `<${tag}>${inner}</${tag}>`;
}

function nodeToText(node: Y.XmlElement | Y.XmlText | Y.XmlHook, out: string[]) {
  if (node instanceof Y.XmlText) {
    out.push(
      node
        .toDelta()
        .map((d: { insert: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
        .join(''),
    );
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  if (node.nodeName === HARD_BREAK) out.push('\n');
  for (const child of node.toArray()) nodeToText(child as Y.XmlElement | Y.XmlText, out);
  if (TEXT_BLOCK_NODES.has(node.nodeName)) out.push('\n');
}

/**
 * Plain text as stored in rows. Any client writes into a Y.Doc with no form in between, so the control characters
 * and lone surrogates that REST input refuses are dropped here: PostgreSQL rejects a NUL in text outright.
 */
export const rowText = (raw: string) =>
  stripUnsafeCharacters(raw)
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Plain text of a rich-text fragment anywhere in a document (a plan record's description), as rows store it. */
export function fragmentText(fragment: Y.XmlFragment): string {
  const out: string[] = [];
  for (const child of fragment.toArray()) nodeToText(child as Y.XmlElement | Y.XmlText, out);
  return rowText(out.join(''));
}

/** HTML and plain text of the editor's body, decoded with the same structure the editor writes. */
export function projectRichText(doc: Y.Doc, field = BODY_FIELD): { html: string; text: string } {
  const fragment = doc.getXmlFragment(field);
  const children = fragment.toArray() as (Y.XmlElement | Y.XmlText)[];
  const out: string[] = [];
  for (const child of children) nodeToText(child, out);
  return {
    // Attributes (a link's href) reach the HTML too, so the whole of it is cleaned, not only the text runs.
    html: stripUnsafeCharacters(children.map(nodeToHtml).join('')),
    text: rowText(out.join('')),
  };
}

/** Makes `target`'s body a copy of `source`'s, as a change inside `target` (used to restore a version). */
export function replaceRichText(target: Y.Doc, source: Y.Doc, field = BODY_FIELD) {
  const into = target.getXmlFragment(field);
  const from = source.getXmlFragment(field);
  into.delete(0, into.length);
  into.insert(
    0,
    from.toArray().map((n) => (n as Y.XmlElement | Y.XmlText).clone()),
  );
}

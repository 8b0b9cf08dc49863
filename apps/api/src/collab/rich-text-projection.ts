import * as Y from 'yjs';
import { stripUnsafeCharacters } from '@cantiere/domain';

/** The Y.XmlFragment the editor binds to (Tiptap's Collaboration `field`). */
export const BODY_FIELD = 'default';

const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  codeBlock: 'pre',
  table: 'table',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
  horizontalRule: 'hr',
  hardBreak: 'br',
};
const VOID_TAGS = new Set(['hr', 'br']);
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'tableHeader', 'tableCell', 'listItem', 'blockquote']);

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
      if (a.code) html = `<code>${html}</code>`;
      if (a.bold) html = `<strong>${html}</strong>`;
      if (a.italic) html = `<em>${html}</em>`;
      if (a.underline) html = `<u>${html}</u>`;
      if (a.strike) html = `<s>${html}</s>`;
      const href = a.link && typeof a.link === 'object' ? safeHref(a.link.href) : null;
      if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
      return html;
    })
    .join('');
}

function nodeToHtml(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return textToHtml(node);
  if (!(node instanceof Y.XmlElement)) return '';
  const name = node.nodeName;
  const tag = name === 'heading' ? `h${Math.min(6, Math.max(1, Number(node.getAttribute('level')) || 2))}` : (BLOCK_TAGS[name] ?? 'div');
  if (VOID_TAGS.has(tag)) return `<${tag}>`;
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
  if (node.nodeName === 'hardBreak') out.push('\n');
  for (const child of node.toArray()) nodeToText(child as Y.XmlElement | Y.XmlText, out);
  if (TEXT_BLOCKS.has(node.nodeName) && node.nodeName !== 'listItem') out.push('\n');
}

/**
 * Plain text as stored in rows. Any client writes into a Y.Doc with no form in between, so the control characters
 * and lone surrogates that REST input refuses are dropped here: PostgreSQL rejects a NUL in text outright.
 */
export const rowText = (raw: string) =>
  stripUnsafeCharacters(raw)
    .replace(/\n{3,}/g, '\n\n')
    .trim();

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

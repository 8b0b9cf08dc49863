/**
 * The editor's schema as the server reads it: node and mark names, the HTML each is written as, and which nodes end
 * a line of plain text. Plain data, no editor code: the server's projections import it, and `tiptap.ts` builds the
 * editor's nodes from the same names (a test proves that the two agree).
 */
export { ACTION_ATTRS, DECISION_ATTRS, MINUTES_BODY_CONTENT, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';

/** The Y.XmlFragment the editor binds to (Tiptap's Collaboration `field`). */
export const BODY_FIELD = 'default';

/** Block nodes of rich text (StarterKit and tables) and the HTML element each renders as. */
export const BLOCK_HTML_TAGS = {
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
} as const satisfies Record<string, string>;

/** A heading renders as `h<level>`; its level is this attribute. */
export const HEADING = { name: 'heading', levelAttr: 'level', defaultLevel: 2 } as const;

/** Elements written without content or closing tag. */
export const VOID_HTML_TAGS: ReadonlySet<string> = new Set(['hr', 'br']);

/**
 * Marks and the HTML element each renders as, innermost first (the order the server nests them in); `link`, outermost,
 * carries its target in the `href` attribute.
 */
export const MARK_HTML_TAGS = { code: 'code', bold: 'strong', italic: 'em', underline: 'u', strike: 's' } as const satisfies Record<string, string>;
export const LINK = { name: 'link', hrefAttr: 'href' } as const;

/** The line break node (inline). */
export const HARD_BREAK = 'hardBreak';

/**
 * A mention of a person with an account or of an organisation: an inline atom whose attributes say who (`kind` and
 * `id`) and the name shown (`label`, written as `@<label>`). Attributes come from any client: readers check them.
 */
export const MENTION = { name: 'mention', kindAttr: 'kind', idAttr: 'id', labelAttr: 'label', char: '@' } as const;
export const MENTION_KINDS = ['person', 'organisation'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** Nodes whose text ends with a line break in plain text (a list item's own paragraph gives it one already). */
export const TEXT_BLOCK_NODES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock', 'tableHeader', 'tableCell', 'blockquote']);

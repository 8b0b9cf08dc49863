import { mergeAttributes, Node, type Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import Mention from '@tiptap/extension-mention';
import StarterKit from '@tiptap/starter-kit';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_BODY_CONTENT, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';
import { MENTION } from './names';

/**
 * The editor's schema as Tiptap nodes: names, attributes, content expressions and HTML, with no view and no
 * behaviour of the browser's. The web editor extends these nodes with its views, keys and commands; the server
 * reads the same names from `names.ts`.
 */

/** Rich text (free documents, and the blocks inside the minutes' sections): StarterKit without history, and tables. */
export function richTextExtensions(options: { document?: boolean } = {}): Extensions {
  return [
    StarterKit.configure({
      ...(options.document === false ? { document: false } : {}),
      // Collaboration keeps the history (y-undo); StarterKit's own would fight it.
      undoRedo: false,
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
    }),
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader,
    TableCell,
    MentionNode,
  ];
}

const mentionText = (attrs: Record<string, unknown>) => `${MENTION.char}${typeof attrs[MENTION.labelAttr] === 'string' ? attrs[MENTION.labelAttr] : ''}`;

/**
 * A mention (`@Nome Cognome`, `@Organizzazione`): Tiptap's Mention node with our attributes (who is mentioned, by kind
 * and id, and the name shown). It is part of every rich text, documents and minutes alike, so that no editor meets a
 * mention its schema lacks (y-prosemirror deletes a node its schema cannot build). The web adds the `@` suggestion list.
 */
export const MentionNode = Mention.extend({
  addAttributes: () => ({
    [MENTION.kindAttr]: {
      default: null,
      parseHTML: (el: HTMLElement) => el.getAttribute('data-kind'),
      renderHTML: (a: Record<string, unknown>) => (a[MENTION.kindAttr] == null ? {} : { 'data-kind': a[MENTION.kindAttr] }),
    },
    [MENTION.idAttr]: {
      default: null,
      parseHTML: (el: HTMLElement) => el.getAttribute('data-id'),
      renderHTML: (a: Record<string, unknown>) => (a[MENTION.idAttr] == null ? {} : { 'data-id': a[MENTION.idAttr] }),
    },
    [MENTION.labelAttr]: {
      default: null,
      parseHTML: (el: HTMLElement) => el.getAttribute('data-label'),
      renderHTML: (a: Record<string, unknown>) => (a[MENTION.labelAttr] == null ? {} : { 'data-label': a[MENTION.labelAttr] }),
    },
  }),
  renderHTML: ({ node, HTMLAttributes }) => ['span', mergeAttributes({ 'data-type': MENTION.name, class: 'mention' }, HTMLAttributes), mentionText(node.attrs)],
  renderText: ({ node }) => mentionText(node.attrs),
});

/** An attribute kept as `data-<name>` in HTML, absent when null. */
const dataAttr = (name: string, fallback: unknown = null) => ({
  [name]: {
    default: fallback,
    parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (a: Record<string, unknown>) => (a[name] == null ? {} : { [`data-${name}`]: a[name] }),
  },
});

/**
 * The minutes' body: the agenda's sections, then varie ed eventuali, and nothing between them. With no place
 * for a block outside a section, the cursor cannot land between two sections, so every decision and action is
 * written inside a section and gets its agenda item (or none, in varie ed eventuali) from it.
 */
export const MinutesDocumentNode = Node.create({ name: 'doc', topNode: true, content: MINUTES_BODY_CONTENT });

/**
 * One section per agenda item, laid out by the server when the meeting starts; the text inside it is the discussion
 * of the item. Sections are in no group: they sit only at the top level, never inside another block.
 */
export const AgendaSectionNode = Node.create({
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
  parseHTML: () => [{ tag: 'section[data-item-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', mergeAttributes(HTMLAttributes, { class: 'minutes-section' }), 0],
});

/** Varie ed eventuali: the last section, laid out by the server, for business outside the agenda. */
export const OtherBusinessSectionNode = Node.create({
  name: MINUTES_NODES.otherBusiness,
  content: 'block+',
  defining: true,
  isolating: true,
  parseHTML: () => [{ tag: 'section[data-other-business]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', mergeAttributes(HTMLAttributes, { 'data-other-business': '', class: 'minutes-other-business' }), 0],
});

/** A decision: text plus outcome and votes, which the server projects into a `decisions` row. */
export const DecisionBlockNode = Node.create({
  name: MINUTES_NODES.decision,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({
    ...dataAttr(DECISION_ATTRS.blockId),
    ...dataAttr(DECISION_ATTRS.outcome),
    ...dataAttr(DECISION_ATTRS.votingMethod, 'votes'),
    ...dataAttr(DECISION_ATTRS.votesFor),
    ...dataAttr(DECISION_ATTRS.votesAgainst),
    ...dataAttr(DECISION_ATTRS.votesAbstained),
  }),
  parseHTML: () => [{ tag: 'div[data-minutes-decision]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-decision': '' }), 0],
});

/** An action: what to do, with the responsible organisation and person and the due date (an `actions` row). */
export const ActionBlockNode = Node.create({
  name: MINUTES_NODES.action,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({
    ...dataAttr(ACTION_ATTRS.blockId),
    ...dataAttr(ACTION_ATTRS.responsibleOrganisationId),
    ...dataAttr(ACTION_ATTRS.responsiblePersonId),
    ...dataAttr(ACTION_ATTRS.dueDate),
  }),
  parseHTML: () => [{ tag: 'div[data-minutes-action]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-action': '' }), 0],
});

/** The schema of a free document (`document:<id>`). */
export const documentSchemaExtensions = (): Extensions => richTextExtensions();

/** The schema of a meeting's minutes (`minutes:<meetingId>`), without the editor's views and behaviour. */
export const minutesSchemaExtensions = (): Extensions => [
  ...richTextExtensions({ document: false }),
  MinutesDocumentNode,
  AgendaSectionNode,
  OtherBusinessSectionNode,
  DecisionBlockNode,
  ActionBlockNode,
];

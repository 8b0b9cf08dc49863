import * as Y from 'yjs';
import type { DecisionOutcome, VotingMethod } from '@cantiere/domain';
import { ACTION_ATTRS, BODY_FIELD, DECISION_ATTRS, HARD_BREAK, MENTION, MINUTES_NODES, SECTION_ATTRS, TEXT_BLOCK_NODES } from '@cantiere/editor-schema';
import { mentionText, rowText } from '../../collab';

export interface ProjectedDecision {
  blockId: string;
  agendaItemId: string | null;
  text: string;
  outcome: DecisionOutcome | null;
  votingMethod: VotingMethod;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
}

export interface ProjectedAction {
  blockId: string;
  agendaItemId: string | null;
  what: string;
  responsibleOrganisationId: string | null;
  responsiblePersonId: string | null;
  dueDate: string | null;
}

export interface ProjectedMinutes {
  /** Discussion text per agenda item id, without the decision and action blocks. */
  sections: Map<string, string>;
  /** Varie ed eventuali: the text of its section, and of anything outside the agenda's sections. */
  other: string;
  decisions: ProjectedDecision[];
  actions: ProjectedAction[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OUTCOMES = new Set(['approved', 'rejected', 'postponed']);
const METHODS = new Set(['votes', 'consensus', 'unanimous']);
/** Nodes whose text ends a line: the editor's text blocks, and the minutes' decisions and actions. */
const TEXT_BLOCKS = new Set([...TEXT_BLOCK_NODES, MINUTES_NODES.decision, MINUTES_NODES.action]);

/** Attributes come from any client: only well-formed values pass, everything else reads as absent. */
const uuidOrNull = (v: unknown) => (typeof v === 'string' && UUID.test(v) ? v.toLowerCase() : null);
const countOrNull = (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : null;
};
function dateOrNull(v: unknown): string | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : null;
}

function textOf(node: Y.XmlElement | Y.XmlText, out: string[], skipBlocks: boolean) {
  if (node instanceof Y.XmlText) {
    out.push((node.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join(''));
    return;
  }
  if (!(node instanceof Y.XmlElement)) return;
  if (skipBlocks && (node.nodeName === MINUTES_NODES.decision || node.nodeName === MINUTES_NODES.action)) return;
  if (node.nodeName === HARD_BREAK) out.push('\n');
  if (node.nodeName === MENTION.name) out.push(mentionText(node));
  for (const child of node.toArray()) textOf(child as Y.XmlElement | Y.XmlText, out, skipBlocks);
  if (TEXT_BLOCKS.has(node.nodeName)) out.push('\n');
}

const plain = (nodes: (Y.XmlElement | Y.XmlText)[], skipBlocks = true) => {
  const out: string[] = [];
  for (const n of nodes) textOf(n, out, skipBlocks);
  return rowText(out.join(''));
};

function blocksIn(node: Y.XmlElement, found: Y.XmlElement[] = []): Y.XmlElement[] {
  for (const child of node.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === MINUTES_NODES.decision || child.nodeName === MINUTES_NODES.action) found.push(child);
    else blocksIn(child, found);
  }
  return found;
}

/** Reads the minutes with the editor's schema; a copied block (same id twice) counts once, the first. */
export function projectMinutes(doc: Y.Doc): ProjectedMinutes {
  const children = doc.getXmlFragment(BODY_FIELD).toArray() as (Y.XmlElement | Y.XmlText)[];
  const sections = new Map<string, string>();
  const outside: (Y.XmlElement | Y.XmlText)[] = [];
  const decisions: ProjectedDecision[] = [];
  const actions: ProjectedAction[] = [];
  const seen = new Set<string>();
  const collect = (blocks: Y.XmlElement[], agendaItemId: string | null) => {
    for (const block of blocks) {
      const blockId = block.getAttribute(DECISION_ATTRS.blockId);
      if (typeof blockId !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(blockId) || seen.has(blockId)) continue;
      seen.add(blockId);
      const text = plain([block], false);
      if (block.nodeName === MINUTES_NODES.decision) {
        const outcome = block.getAttribute(DECISION_ATTRS.outcome);
        const method = block.getAttribute(DECISION_ATTRS.votingMethod);
        const votingMethod = (typeof method === 'string' && METHODS.has(method) ? method : 'votes') as VotingMethod;
        decisions.push({
          blockId,
          agendaItemId,
          text,
          outcome: typeof outcome === 'string' && OUTCOMES.has(outcome) ? (outcome as DecisionOutcome) : null,
          votingMethod,
          votesFor: votingMethod === 'votes' ? countOrNull(block.getAttribute(DECISION_ATTRS.votesFor)) : null,
          votesAgainst: votingMethod === 'votes' ? countOrNull(block.getAttribute(DECISION_ATTRS.votesAgainst)) : null,
          votesAbstained: votingMethod === 'votes' ? countOrNull(block.getAttribute(DECISION_ATTRS.votesAbstained)) : null,
        });
      } else {
        actions.push({
          blockId,
          agendaItemId,
          what: text,
          responsibleOrganisationId: uuidOrNull(block.getAttribute(ACTION_ATTRS.responsibleOrganisationId)),
          responsiblePersonId: uuidOrNull(block.getAttribute(ACTION_ATTRS.responsiblePersonId)),
          dueDate: dateOrNull(block.getAttribute(ACTION_ATTRS.dueDate)),
        });
      }
    }
  };
  for (const child of children) {
    if (child instanceof Y.XmlElement && child.nodeName === MINUTES_NODES.section) {
      const itemId = uuidOrNull(child.getAttribute(SECTION_ATTRS.itemId));
      if (itemId && !sections.has(itemId)) sections.set(itemId, plain(child.toArray() as (Y.XmlElement | Y.XmlText)[]));
      collect(blocksIn(child), itemId);
    } else {
      outside.push(child);
      if (!(child instanceof Y.XmlElement)) continue;
      const isBlock = child.nodeName === MINUTES_NODES.decision || child.nodeName === MINUTES_NODES.action;
      collect(isBlock ? [child] : blocksIn(child), null);
    }
  }
  return { sections, other: plain(outside), decisions, actions };
}

/** The section elements the minutes hold, by agenda item id. */
export function sectionIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const child of doc.getXmlFragment(BODY_FIELD).toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === MINUTES_NODES.section) {
      const id = uuidOrNull(child.getAttribute(SECTION_ATTRS.itemId));
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** Appends a section per agenda item that has none yet, in agenda order, each with an empty paragraph. */
export function addMissingSections(doc: Y.Doc, items: { id: string; title: string; position: number }[]): number {
  const present = sectionIds(doc);
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const missing = items.filter((i) => !present.has(i.id));
  for (const item of missing) {
    const section = new Y.XmlElement(MINUTES_NODES.section);
    section.setAttribute(SECTION_ATTRS.itemId, item.id);
    section.setAttribute(SECTION_ATTRS.title, item.title);
    section.setAttribute(SECTION_ATTRS.position, String(item.position));
    section.insert(0, [new Y.XmlElement('paragraph')]);
    // After the last existing section, and before varie ed eventuali, which closes the minutes.
    const children = fragment.toArray();
    let at = 0;
    children.forEach((c, i) => {
      if (c instanceof Y.XmlElement && c.nodeName === MINUTES_NODES.section) at = i + 1;
    });
    const other = children.findIndex((c) => c instanceof Y.XmlElement && c.nodeName === MINUTES_NODES.otherBusiness);
    if (other >= 0 && other < at) at = other;
    fragment.insert(at, [section]);
  }
  return missing.length;
}

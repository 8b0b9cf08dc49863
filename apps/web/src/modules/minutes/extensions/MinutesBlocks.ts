import { mergeAttributes, Node, type ChainedCommands, type Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES } from './attrs';
import { newBlockId } from '../block-id';
import { ActionView } from './ActionView';
import { DecisionView } from './DecisionView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    minutesBlocks: {
      insertDecision: () => ReturnType;
      insertAction: () => ReturnType;
    };
  }
}

const attr = (name: string, fallback: unknown = null) => ({
  [name]: {
    default: fallback,
    parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`) ?? fallback,
    renderHTML: (a: Record<string, unknown>) => (a[name] == null ? {} : { [`data-${name}`]: a[name] }),
  },
});

/** Inserts a fresh block at the cursor and puts the cursor inside it, ready for its text. */
function insertBlock(chain: () => ChainedCommands, type: string, attrs: Record<string, unknown>): boolean {
  const blockId = newBlockId();
  return chain()
    .insertContent({ type, attrs: { ...attrs, blockId } })
    .command(({ tr }) => {
      let at = -1;
      tr.doc.descendants((node, pos) => {
        if (at >= 0) return false;
        if (node.attrs.blockId === blockId) at = pos + 1;
        return at < 0;
      });
      if (at >= 0) tr.setSelection(TextSelection.create(tr.doc, at));
      return true;
    })
    .run();
}

/**
 * Arrow down from a block's last line goes to the next place to write. Left to the browser, the caret skips
 * past the block's fields (not editable) to wherever the next line happens to be, which may be a section further on.
 */
function leaveBlockDownwards(editor: Editor, type: string): boolean {
  const { state, view } = editor;
  const { $head, empty } = state.selection;
  if (!empty || $head.parent.type.name !== type) return false;
  if (Math.abs(view.coordsAtPos($head.pos).bottom - view.coordsAtPos($head.end()).bottom) > 2) return false;
  const next = Selection.findFrom(state.doc.resolve($head.after()), 1, true);
  if (!next) return false;
  view.dispatch(state.tr.setSelection(next).scrollIntoView());
  return true;
}

/** A decision: text plus outcome and votes, which the server projects into a `decisions` row. */
export const DecisionBlock = Node.create({
  name: MINUTES_NODES.decision,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({
    ...attr(DECISION_ATTRS.blockId),
    ...attr(DECISION_ATTRS.outcome),
    ...attr(DECISION_ATTRS.votingMethod, 'votes'),
    ...attr(DECISION_ATTRS.votesFor),
    ...attr(DECISION_ATTRS.votesAgainst),
    ...attr(DECISION_ATTRS.votesAbstained),
  }),
  parseHTML: () => [{ tag: 'div[data-minutes-decision]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-decision': '' }), 0],
  addNodeView: () => ReactNodeViewRenderer(DecisionView),
  addKeyboardShortcuts() {
    return { ArrowDown: () => leaveBlockDownwards(this.editor, this.name) };
  },
  addCommands() {
    return {
      insertDecision:
        () =>
        ({ chain }) =>
          insertBlock(chain, this.name, { [DECISION_ATTRS.votingMethod]: 'votes' }),
    };
  },
});

/** An action: what to do, with the responsible organisation and person and the due date (an `actions` row). */
export const ActionBlock = Node.create({
  name: MINUTES_NODES.action,
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({
    ...attr(ACTION_ATTRS.blockId),
    ...attr(ACTION_ATTRS.responsibleOrganisationId),
    ...attr(ACTION_ATTRS.responsiblePersonId),
    ...attr(ACTION_ATTRS.dueDate),
  }),
  parseHTML: () => [{ tag: 'div[data-minutes-action]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { 'data-minutes-action': '' }), 0],
  addNodeView: () => ReactNodeViewRenderer(ActionView),
  addKeyboardShortcuts() {
    return { ArrowDown: () => leaveBlockDownwards(this.editor, this.name) };
  },
  addCommands() {
    return {
      insertAction:
        () =>
        ({ chain }) =>
          insertBlock(chain, this.name, {}),
    };
  },
});

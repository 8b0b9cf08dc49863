import type { ChainedCommands, Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { ActionBlockNode, DecisionBlockNode } from '@cantiere/editor-schema/tiptap';
import { DECISION_ATTRS } from './attrs';
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

/** A decision (the schema's node) with its fields, arrow-key exit and insert command. */
export const DecisionBlock = DecisionBlockNode.extend({
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

/** An action (the schema's node) with its fields, arrow-key exit and insert command. */
export const ActionBlock = ActionBlockNode.extend({
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

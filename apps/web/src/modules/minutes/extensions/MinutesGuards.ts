import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { BLOCK_ID, newBlockId } from '../block-id';
import { MINUTES_NODES, SECTION_ATTRS } from './attrs';

const fromSync = (tr: Transaction) => tr.getMeta(ySyncPluginKey) !== undefined;

function sectionIds(doc: PMNode): string[] {
  const ids: string[] = [];
  doc.forEach((child) => {
    if (child.type.name === MINUTES_NODES.section) ids.push(String(child.attrs[SECTION_ATTRS.itemId]));
  });
  return ids;
}

/**
 * Two safety nets for live minutes. Sections belong to the agenda: a local edit may not delete, merge or
 * re-label one (remote changes always apply, the server is the one that lays them out). And every decision or
 * action block keeps a unique id, also after a copy and paste, so that each maps to its own row.
 */
export const MinutesGuards = Extension.create({
  name: 'minutesGuards',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('minutesSections'),
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || fromSync(tr)) return true;
          const before = sectionIds(state.doc);
          const after = sectionIds(tr.doc);
          return before.every((id) => after.includes(id));
        },
      }),
      new Plugin({
        key: new PluginKey('minutesBlockIds'),
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged && !fromSync(tr))) return null;
          const seen = new Set<string>();
          let tr: Transaction | null = null;
          state.doc.descendants((node, pos) => {
            if (node.type.name !== MINUTES_NODES.decision && node.type.name !== MINUTES_NODES.action) return true;
            const id = node.attrs.blockId as unknown;
            if (typeof id !== 'string' || !BLOCK_ID.test(id) || seen.has(id)) {
              tr ??= state.tr;
              const fresh = newBlockId();
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, blockId: fresh });
              seen.add(fresh);
            } else seen.add(id);
            return false;
          });
          return tr;
        },
      }),
    ];
  },
});

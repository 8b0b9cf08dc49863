import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Editor } from '@tiptap/core';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import type { MentionCandidate } from '@cantiere/domain';
import { MentionNode } from '@cantiere/editor-schema/tiptap';
import { MentionList, mentionOptionId, type MentionListTexts } from '../components/MentionList';

export type MentionFetcher = (query: string) => Promise<MentionCandidate[]>;

/** Where the arrows take the selection in a list of `count` options: round, as in every listbox. */
export function moveSelection(key: string, selected: number, count: number): number {
  if (count === 0) return 0;
  if (key === 'ArrowDown') return (selected + 1) % count;
  if (key === 'ArrowUp') return (selected - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return selected;
}

let lists = 0;

/**
 * The suggestion list's life: shown under the caret when `@` is typed, updated as the query grows, closed by Escape,
 * a pick or moving away. The editor keeps the focus: it says which list it controls and which option is reached.
 */
function mentionPopup(texts: MentionListTexts) {
  const listId = `mention-list-${++lists}`;
  let element: HTMLElement | null = null;
  let root: Root | null = null;
  let unmount: (() => void) | null = null;
  let editor: Editor | null = null;
  let props: SuggestionProps<MentionCandidate> | null = null;
  let selected = 0;

  const aria = (on: boolean) => {
    const dom = editor?.view.dom;
    if (!dom) return;
    if (on) {
      dom.setAttribute('aria-controls', listId);
      dom.setAttribute('aria-autocomplete', 'list');
      if (props?.items.length) dom.setAttribute('aria-activedescendant', mentionOptionId(listId, selected));
      else dom.removeAttribute('aria-activedescendant');
    } else {
      for (const name of ['aria-controls', 'aria-autocomplete', 'aria-activedescendant']) dom.removeAttribute(name);
    }
  };
  const pick = (index: number) => {
    const item = props?.items[index];
    if (item) props!.command({ kind: item.kind, id: item.id, label: item.label } as unknown as MentionCandidate);
  };
  const render = () => {
    if (!root || !props) return;
    const current = props;
    // Synchronously, so that the option the editor points at exists when it does.
    flushSync(() =>
      root!.render(<MentionList listId={listId} items={current.items} loading={current.loading ?? false} selected={selected} texts={texts} onPick={pick} />),
    );
    aria(true);
  };

  return {
    onStart(start: SuggestionProps<MentionCandidate>) {
      props = start;
      editor = start.editor;
      selected = 0;
      element = document.createElement('div');
      element.className = 'mention-popup';
      root = createRoot(element);
      unmount = start.mount(element);
      render();
    },
    onUpdate(update: SuggestionProps<MentionCandidate>) {
      const itemsChanged = update.items !== props?.items;
      props = update;
      if (itemsChanged) selected = 0;
      render();
    },
    onKeyDown({ event }: SuggestionKeyDownProps): boolean {
      if (!props) return false;
      if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) && props.items.length) {
        selected = moveSelection(event.key, selected, props.items.length);
        render();
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        if (!props.items.length) return event.key === 'Enter' && !!props.loading;
        pick(selected);
        return true;
      }
      return false;
    },
    onExit() {
      aria(false);
      const r = root;
      root = null;
      // Unmounted after the editor's own update, never inside React's render of it.
      queueMicrotask(() => r?.unmount());
      unmount?.();
      element = null;
      unmount = null;
      props = null;
    },
  };
}

/**
 * The shared schema's mention node with the editor's `@` list: people with an account and organisations who may read
 * the document (the server decides), inserted as a chip `@Nome Cognome` / `@Organizzazione` followed by a space.
 */
export function mentionWithSuggestions(fetch: MentionFetcher, texts: MentionListTexts) {
  return MentionNode.configure({
    suggestion: {
      char: '@',
      debounce: 150,
      items: ({ query }) => fetch(query).catch(() => []),
      render: () => mentionPopup(texts),
    },
  });
}

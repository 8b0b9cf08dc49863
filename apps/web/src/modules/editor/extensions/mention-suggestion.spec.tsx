import { Editor } from '@tiptap/core';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MentionCandidate } from '@cantiere/domain';
import { richTextExtensions } from '@cantiere/editor-schema/tiptap';
import { mentionWithSuggestions, moveSelection } from './mention-suggestion';

const PEOPLE: MentionCandidate[] = [
  { kind: 'person', id: '0b6c6a4e-1111-4111-8111-111111111111', label: 'Giulia Rossi', detail: 'Cooperativa sociale Il Cerchio' },
  { kind: 'person', id: '0b6c6a4e-2222-4222-8222-222222222222', label: 'Giorgio Verdi', detail: null },
  { kind: 'organisation', id: '0b6c6a4e-3333-4333-8333-333333333333', label: 'Caritas Cremonese', detail: null },
];
const TEXTS = {
  label: 'Da menzionare',
  loading: 'Ricerca…',
  none: 'Nessuno',
  person: 'persona',
  organisation: 'organizzazione',
  count: (n: number) => `Proposte: ${n}`,
};
const editors: Editor[] = [];

function editorWith(fetch = vi.fn(async (q: string) => PEOPLE.filter((p) => p.label.toLowerCase().includes(q.toLowerCase())))) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [...richTextExtensions().filter((e) => e.name !== 'mention'), mentionWithSuggestions(fetch, TEXTS)],
    content: '<p>Chiedo a</p>',
  });
  editors.push(editor);
  editor.commands.focus('end');
  return { editor, fetch };
}

const press = (editor: Editor, key: string) => editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const listbox = () => document.querySelector<HTMLElement>('[role="listbox"]');
const options = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
const mentionsIn = (editor: Editor) => {
  const found: Record<string, unknown>[] = [];
  editor.state.doc.descendants((node) => void (node.type.name === 'mention' && found.push(node.attrs)));
  return found;
};

describe('the @ suggestion list', () => {
  // jsdom lays nothing out: the caret's rectangles (for scrolling and placing the list) are empty ones.
  beforeAll(() => {
    Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect ??= () => new DOMRect();
  });
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

  it('moves round the options with the arrows, and Home and End', () => {
    expect([
      moveSelection('ArrowDown', 0, 3),
      moveSelection('ArrowDown', 2, 3),
      moveSelection('ArrowUp', 0, 3),
      moveSelection('End', 0, 3),
      moveSelection('Home', 2, 3),
    ]).toEqual([1, 0, 2, 2, 0]);
    expect(moveSelection('ArrowDown', 0, 0)).toBe(0);
  });

  it('opens on @, follows the arrows with aria-activedescendant, and inserts the chosen one with Enter', async () => {
    const { editor, fetch } = editorWith();
    editor.commands.insertContent(' @gi');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(fetch).toHaveBeenLastCalledWith('gi');
    const dom = editor.view.dom;
    expect(dom.getAttribute('aria-controls')).toBe(listbox()!.id);
    expect(dom.getAttribute('aria-autocomplete')).toBe('list');
    expect(listbox()!.getAttribute('aria-label')).toBe('Da menzionare');
    expect(dom.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Proposte: 2');

    press(editor, 'ArrowDown');
    expect(dom.getAttribute('aria-activedescendant')).toBe(options()[1].id);
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    press(editor, 'ArrowDown');
    expect(dom.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    press(editor, 'ArrowUp');
    press(editor, 'Enter');

    expect(mentionsIn(editor)).toEqual([{ kind: 'person', id: PEOPLE[1].id, label: 'Giorgio Verdi' }]);
    expect(editor.getText()).toBe('Chiedo a @Giorgio Verdi ');
    expect(editor.getHTML()).toContain('<span data-type="mention" class="mention" data-kind="person"');
    await waitFor(() => expect(listbox()).toBeNull());
    expect(dom.hasAttribute('aria-activedescendant')).toBe(false);
    expect(dom.hasAttribute('aria-controls')).toBe(false);
  });

  it('closes with Escape without inserting anything, and says when nobody matches', async () => {
    const { editor } = editorWith();
    editor.commands.insertContent(' @zzz');
    await waitFor(() => expect(document.querySelector('[role="status"]')?.textContent).toBe('Nessuno'));
    expect(options()).toHaveLength(0);
    expect(editor.view.dom.hasAttribute('aria-activedescendant')).toBe(false);
    // Nothing to pick: Enter is the editor's own again (a new paragraph).
    press(editor, 'Enter');
    expect(mentionsIn(editor)).toEqual([]);

    editor.commands.insertContent(' @ca');
    await waitFor(() => expect(options()).toHaveLength(1));
    press(editor, 'Escape');
    await waitFor(() => expect(listbox()).toBeNull());
    expect(mentionsIn(editor)).toEqual([]);
    expect(editor.getText()).toBe('Chiedo a @zzz\n\n @ca');
  });
});

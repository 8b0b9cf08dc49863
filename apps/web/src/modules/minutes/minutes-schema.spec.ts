import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';
import { BLOCK_ID } from './block-id';
import { minutesExtensions } from './components/MinutesEditor';

const ITEM_A = '11111111-1111-4111-8111-111111111111';
const ITEM_B = '22222222-2222-4222-8222-222222222222';

/** The minutes as the server lays them out when the meeting starts: a section per item, then varie ed eventuali, each with an empty paragraph. */
function serverLaidOut(): Y.Doc {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('default');
  [ITEM_A, ITEM_B].forEach((id, i) => {
    const section = new Y.XmlElement(MINUTES_NODES.section);
    section.setAttribute(SECTION_ATTRS.itemId, id);
    section.setAttribute(SECTION_ATTRS.title, `Punto ${i + 1}`);
    section.setAttribute(SECTION_ATTRS.position, String(i + 1));
    section.insert(0, [new Y.XmlElement('paragraph')]);
    body.insert(i, [section]);
  });
  const other = new Y.XmlElement(MINUTES_NODES.otherBusiness);
  other.insert(0, [new Y.XmlElement('paragraph')]);
  body.push([other]);
  return doc;
}

const editors: Editor[] = [];
function editorOn(doc: Y.Doc): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [...minutesExtensions(), Collaboration.configure({ document: doc, field: 'default' })],
  });
  editors.push(editor);
  return editor;
}
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

/** Item ids of the editor's agenda sections. */
function editorSections(editor: Editor): string[] {
  const ids: string[] = [];
  editor.state.doc.forEach((node) => {
    if (node.type.name === MINUTES_NODES.section) ids.push(String(node.attrs[SECTION_ATTRS.itemId]));
  });
  return ids;
}
const topLevel = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .map((n) => (n as Y.XmlElement).nodeName);
const sections = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.section);
/** Position just inside the first paragraph of the n-th section. */
function insideSection(editor: Editor, index: number): number {
  let found = -1;
  let seen = 0;
  editor.state.doc.forEach((node, offset) => {
    if (node.type.name === MINUTES_NODES.section && seen++ === index) found = offset + 2;
  });
  return found;
}

describe('minutes schema in the editor', () => {
  it('loads the sections the server laid out and writes each item’s discussion inside its own section', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    expect(editorSections(editor)).toEqual([ITEM_A, ITEM_B]);
    editor.chain().setTextSelection(insideSection(editor, 1)).insertContent('Si discute del secondo punto').run();
    const [a, b] = sections(doc);
    expect(a.toString()).not.toContain('secondo punto');
    expect(b.toString()).toContain('Si discute del secondo punto');
    expect(b.getAttribute(SECTION_ATTRS.itemId)).toBe(ITEM_B);
  });

  it('inserts a decision block in the current section with a fresh id, puts the cursor in it and stores its fields as attributes', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    editor.chain().setTextSelection(insideSection(editor, 0)).insertDecision().insertContent('Si approva il calendario').run();
    const block = sections(doc)[0]
      .toArray()
      .find((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.decision);
    expect(block).toBeDefined();
    expect(block!.getAttribute(DECISION_ATTRS.blockId)).toMatch(BLOCK_ID);
    expect(block!.getAttribute(DECISION_ATTRS.votingMethod)).toBe('votes');
    expect(block!.toString()).toContain('Si approva il calendario');

    let pos = -1;
    editor.state.doc.descendants((node, p) => {
      if (node.type.name === MINUTES_NODES.decision) pos = p;
      return pos < 0;
    });
    editor.view.dispatch(
      editor.state.tr.setNodeMarkup(pos, undefined, {
        ...editor.state.doc.nodeAt(pos)!.attrs,
        outcome: 'approved',
        votesFor: 12,
        votesAgainst: 1,
        votesAbstained: 0,
      }),
    );
    expect(block!.getAttribute(DECISION_ATTRS.outcome)).toBe('approved');
    expect(block!.getAttribute(DECISION_ATTRS.votesFor)).toBe(12);
    expect(block!.getAttribute(DECISION_ATTRS.votesAbstained)).toBe(0);
  });

  it('refuses a local edit that deletes a section, but applies the same deletion when it comes from another client', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    const first = editor.state.doc.child(0);
    editor.view.dispatch(editor.state.tr.delete(0, first.nodeSize));
    expect(sections(doc)).toHaveLength(2);
    expect(editorSections(editor)).toEqual([ITEM_A, ITEM_B]);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.getXmlFragment('default').delete(0, 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(editorSections(editor)).toEqual([ITEM_B]);
  });

  it('gives a pasted copy of a block its own id, so that each block maps to its own row', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    editor.chain().setTextSelection(insideSection(editor, 0)).insertAction().insertContent('Mappare le mense').run();
    const ids = () => {
      const out: string[] = [];
      editor.state.doc.descendants((node) => {
        if (node.type.name === MINUTES_NODES.action) out.push(String(node.attrs.blockId));
        return true;
      });
      return out;
    };
    const [original] = ids();
    editor
      .chain()
      .setTextSelection(insideSection(editor, 1))
      .insertContent({ type: MINUTES_NODES.action, attrs: { blockId: original }, content: [{ type: 'text', text: 'Copia' }] })
      .run();
    const after = ids();
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(original);
    expect(after[1]).not.toBe(original);
    expect(after[1]).toMatch(BLOCK_ID);
  });

  it('has no place between sections: neither the cursor nor a block can land there', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    const body = editor.state.doc;
    // Arrow down past a section's last block puts a gap cursor between sections only where the body takes a block.
    for (let index = 0; index <= body.childCount; index++) {
      for (const type of ['paragraph', MINUTES_NODES.action, MINUTES_NODES.decision])
        expect(body.canReplaceWith(index, index, editor.schema.nodes[type])).toBe(false);
    }
    const boundaries: number[] = [];
    body.forEach((node, offset) => boundaries.push(offset + node.nodeSize));
    // A block put there on purpose changes nothing: the body stays the agenda's sections and varie ed eventuali.
    const before = editor.state.doc;
    editor
      .chain()
      .insertContentAt(boundaries[0], { type: MINUTES_NODES.action, content: [{ type: 'text', text: 'Tra due punti' }] })
      .run();
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(topLevel(doc)).toEqual([MINUTES_NODES.section, MINUTES_NODES.section, MINUTES_NODES.otherBusiness]);
    expect(doc.getXmlFragment('default').toString()).not.toContain('Tra due punti');
  });

  it('writes an action in varie ed eventuali, the last section, under its own heading', () => {
    const doc = serverLaidOut();
    const editor = editorOn(doc);
    let inside = -1;
    editor.state.doc.forEach((node, offset) => {
      if (node.type.name === MINUTES_NODES.otherBusiness) inside = offset + 2;
    });
    editor.chain().setTextSelection(inside).insertAction().insertContent('Prenotare la sala').run();
    const other = doc.getXmlFragment('default').get(2) as Y.XmlElement;
    expect(other.nodeName).toBe(MINUTES_NODES.otherBusiness);
    expect(other.toArray().some((n) => n instanceof Y.XmlElement && n.nodeName === MINUTES_NODES.action && n.toString().includes('Prenotare la sala'))).toBe(
      true,
    );
    expect(editor.view.dom.querySelector('section.minutes-other-business > h3')?.textContent).toBe('Varie ed eventuali');
  });
});

import { act, renderHook, waitFor } from '@testing-library/react';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { useCollabEditor } from './useCollabEditor';

const giulia: PresenceUser = { id: 'u1', name: 'Giulia Rossi', organisation: 'Il Cerchio', color: '#0066cc' };
const EXTENSIONS = [StarterKit.configure({ undoRedo: false })];
const docs: Y.Doc[] = [];

/** A session as the editor needs it: the shared document and its awareness (the network is not involved here). */
function session(): DocSession {
  const ydoc = new Y.Doc();
  docs.push(ydoc);
  return { ydoc, awareness: new Awareness(ydoc) } as unknown as DocSession;
}

function open(s: DocSession, editable = true) {
  return renderHook(
    ({ editable }) =>
      useCollabEditor({
        ydoc: s.ydoc,
        session: s,
        user: giulia,
        editable,
        extensions: EXTENSIONS,
        label: 'Testo',
        className: 'cantiere-editor',
        testId: 'editor',
      }),
    { initialProps: { editable } },
  );
}

describe('useCollabEditor', () => {
  afterEach(() => docs.splice(0).forEach((d) => d.destroy()));

  it('writes what is typed into the shared document and shows what others wrote', async () => {
    const s = session();
    const { result } = open(s);
    await waitFor(() => expect(result.current).not.toBeNull());
    act(() => void result.current!.commands.insertContent('Verbale della seduta'));
    expect(s.ydoc.getXmlFragment('default').toString()).toBe('<paragraph>Verbale della seduta</paragraph>');

    // Another participant's change, as it arrives from the server.
    const other = new Y.Doc();
    docs.push(other);
    Y.applyUpdate(other, Y.encodeStateAsUpdate(s.ydoc));
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Presenti: 12')]);
    other.getXmlFragment('default').push([paragraph]);
    act(() => Y.applyUpdate(s.ydoc, Y.encodeStateAsUpdate(other)));
    await waitFor(() => expect(result.current!.getText()).toBe('Verbale della seduta\n\nPresenti: 12'));
  });

  it('names the editing area and publishes the person in the session’s awareness', async () => {
    const s = session();
    const { result } = open(s);
    await waitFor(() => expect(result.current).not.toBeNull());
    const dom = result.current!.view.dom;
    expect([dom.getAttribute('role'), dom.getAttribute('aria-label'), dom.getAttribute('aria-multiline'), dom.dataset.testid]).toEqual([
      'textbox',
      'Testo',
      'true',
      'editor',
    ]);
    expect((s.awareness.getLocalState() as { user?: PresenceUser }).user).toEqual(giulia);
  });

  it('follows the rights: input stops when the document becomes read-only and resumes when it is writable again', async () => {
    const s = session();
    const { result, rerender } = open(s);
    await waitFor(() => expect(result.current?.isEditable).toBe(true));
    rerender({ editable: false });
    await waitFor(() => expect(result.current!.isEditable).toBe(false));
    expect(result.current!.view.dom.getAttribute('contenteditable')).toBe('false');
    rerender({ editable: true });
    await waitFor(() => expect(result.current!.isEditable).toBe(true));
  });
});

import * as Y from 'yjs';
import { MINUTES_NODES, SECTION_ATTRS } from '@cantiere/collab';
import { replacePassage } from './suggestion-apply';

function minutes(sections: Record<string, string[]>): Y.Doc {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('default');
  for (const [itemId, lines] of Object.entries(sections)) {
    const section = new Y.XmlElement(MINUTES_NODES.section);
    section.setAttribute(SECTION_ATTRS.itemId, itemId);
    body.push([section]);
    for (const line of lines) {
      const p = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      p.insert(0, [text]);
      section.push([p]);
      text.insert(0, line);
    }
  }
  return doc;
}

const textOf = (doc: Y.Doc) => doc.getXmlFragment('default').toString();

describe('replacePassage', () => {
  it('replaces a passage found once, within the named section', () => {
    const doc = minutes({ a: ['Aperto due pomeriggi.'], b: ['Aperto due pomeriggi anche qui.'] });
    expect(replacePassage(doc, 'due pomeriggi', 'tre pomeriggi', 'b')).toBe('applied');
    expect(textOf(doc)).toContain('Aperto due pomeriggi.');
    expect(textOf(doc)).toContain('Aperto tre pomeriggi anche qui.');
  });

  it('refuses a passage repeated, missing, or split across paragraphs, and changes nothing', () => {
    const doc = minutes({ a: ['Aperto due pomeriggi.', 'Chiuso due pomeriggi.'] });
    const before = textOf(doc);
    expect(replacePassage(doc, 'due pomeriggi', 'tre', null)).toBe('ambiguous');
    expect(replacePassage(doc, 'quattro pomeriggi', 'tre', null)).toBe('not_found');
    expect(replacePassage(doc, 'pomeriggi.\nChiuso', 'x', null)).toBe('not_found');
    expect(textOf(doc)).toBe(before);
  });

  it('keeps the formatting of the passage it replaces', () => {
    const doc = minutes({ a: ['Aperto '] });
    const text = ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(text.length, 'due pomeriggi', { bold: true });
    expect(replacePassage(doc, 'due pomeriggi', 'tre pomeriggi', 'a')).toBe('applied');
    expect(text.toDelta()).toEqual([{ insert: 'Aperto ' }, { insert: 'tre pomeriggi', attributes: { bold: true } }]);
  });
});

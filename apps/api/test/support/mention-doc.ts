import * as Y from 'yjs';

export interface MentionTarget {
  kind: 'person' | 'organisation';
  id: string;
  label: string;
}

/** Appends a paragraph `before @label after` the way the editor writes a mention: an inline element between two texts. */
export function mentionParagraph(
  parent: Y.XmlElement | Y.XmlFragment,
  before: string,
  target: MentionTarget,
  after = '',
): { paragraph: Y.XmlElement; mention: Y.XmlElement } {
  const paragraph = new Y.XmlElement('paragraph');
  const mention = new Y.XmlElement('mention');
  mention.setAttribute('kind', target.kind);
  mention.setAttribute('id', target.id);
  mention.setAttribute('label', target.label);
  const head = new Y.XmlText();
  const tail = new Y.XmlText();
  paragraph.insert(0, [head, mention, tail]);
  parent.push([paragraph]);
  head.insert(0, before);
  if (after) tail.insert(0, after);
  return { paragraph, mention };
}

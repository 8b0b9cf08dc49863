import * as Y from 'yjs';

/** Block nodes whose text ends a line: what the description reads as outside the editor. */
const BLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

function collect(node: Y.XmlElement | Y.XmlFragment | Y.XmlText, out: string[]) {
  if (node instanceof Y.XmlText) {
    for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') out.push(op.insert);
    return;
  }
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') out.push('\n');
    else if (child instanceof Y.XmlElement || child instanceof Y.XmlText) collect(child, out);
    if (child instanceof Y.XmlElement && BLOCKS.has(child.nodeName)) out.push('\n');
  }
}

/**
 * The plain text of a rich-text description, one line per paragraph: how the page shows a description while nobody
 * edits it, and what the field checks judge (the same as the server's projection to text, up to formatting).
 */
export function plainText(fragment: Y.XmlFragment): string {
  const out: string[] = [];
  collect(fragment, out);
  return out.join('').replace(/\n+$/, '');
}

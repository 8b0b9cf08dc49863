import * as Y from 'yjs';

/**
 * Who wrote what, read from Yjs itself: every inserted piece of a Y.Doc keeps the id of the client that inserted it,
 * in memory and in every snapshot, and `CollabDocuments.writers` tells which account wrote as each client.
 */

/** The clients whose insertions an update carries (its deletions name no writer). */
export function clientsOfUpdate(update: Uint8Array): number[] {
  return [...Y.parseUpdateMeta(update).to.keys()];
}

/** The client that inserted an element (a mention, a paragraph); null for a type not integrated in a document. */
export function clientOfElement(element: Y.XmlElement): number | null {
  return element._item?.id.client ?? null;
}

/** The clients that typed the characters `[from, to)` of a text (formatting is not writing: it is not counted). */
export function clientsOfText(text: Y.XmlText, from: number, to: number): Set<number> {
  const found = new Set<number>();
  let at = 0;
  for (let item = text._start; item !== null && at < to; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const end = at + item.length;
    if (end > from) found.add(item.id.client);
    at = end;
  }
  return found;
}

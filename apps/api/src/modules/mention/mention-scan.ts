import * as Y from 'yjs';
import { BODY_FIELD, MENTION, MENTION_KINDS, type MentionKind } from '@cantiere/editor-schema';
import { clientOfElement } from '../../collab';

export interface FoundMention {
  kind: MentionKind;
  /** The person's or organisation's id. */
  id: string;
  label: string;
  /** The Yjs client that inserted the mention (who typed it, once mapped to an account). */
  client: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The mentions in a document's body, in document order, each (kind, id) once: the first one written. Attributes come
 * from any client: a mention whose kind or id is not well formed names nobody and is skipped.
 */
export function findMentions(doc: Y.Doc): FoundMention[] {
  const found = new Map<string, FoundMention>();
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === MENTION.name) {
        const kind = child.getAttribute(MENTION.kindAttr) as unknown;
        const id = child.getAttribute(MENTION.idAttr) as unknown;
        const label = child.getAttribute(MENTION.labelAttr) as unknown;
        if (!MENTION_KINDS.includes(kind as MentionKind) || typeof id !== 'string' || !UUID.test(id)) continue;
        const key = `${kind as string}:${id.toLowerCase()}`;
        if (!found.has(key))
          found.set(key, {
            kind: kind as MentionKind,
            id: id.toLowerCase(),
            label: typeof label === 'string' ? label.slice(0, 200) : '',
            client: clientOfElement(child),
          });
      } else {
        walk(child);
      }
    }
  };
  walk(doc.getXmlFragment(BODY_FIELD));
  return [...found.values()];
}

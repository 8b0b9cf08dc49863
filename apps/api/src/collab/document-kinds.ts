import { Injectable } from '@nestjs/common';
import { parseDocId } from '@cantiere/collab';
import type { DocAccess, DocKind } from '@cantiere/collab';
import type * as Y from 'yjs';
import type { Actor } from '../core/auth/actor';

export type AccessDecision = DocAccess | 'forbidden' | 'not_found';

/**
 * Brings a kind's documents to the shape its editor's schema expects. `current` must be cheap (it runs on every
 * load); `upgrade` runs inside a Yjs transaction and must leave `current` true.
 */
export interface DocumentUpgrade {
  current: (doc: Y.Doc) => boolean;
  upgrade: (doc: Y.Doc) => void;
}

/** Keeps a kind's rows in step with its documents: debounced after commits, and at once on `CollabDocuments.project`. */
export interface DocumentProjection {
  /**
   * Reads the document (never changes it) and writes the rows; `entityId` is the id after the kind's prefix, `at.seq`
   * the last committed update the document holds (the log after an earlier projection's seq says who wrote since).
   */
  run: (entityId: string, content: Y.Doc, at: { seq: number }) => Promise<void>;
  /** How long the document must be quiet after a commit before it is projected. */
  afterMs: number;
  /** Told after a projection that commits set off (not after an explicit one), e.g. to tell watchers to refetch. */
  projected?: (entityId: string) => void;
}

/** What happens to a kind's documents once they are frozen (made final, like approved minutes). */
export interface FrozenBehaviour {
  /**
   * Whether the kind's upgrade still runs on a frozen document. A frozen document is a record (its text was
   * hashed and sealed), so the default is that it stays exactly as it was written.
   */
  upgrade: boolean;
}

/** A kind of shared document, registered by the module that owns its entity. */
export interface DocumentKind {
  /** The doc id's prefix: `<prefix>:<entity uuid>`. */
  prefix: DocKind;
  /** Who may read or write the entity's document, decided now (rights are those of now, not of the join). */
  access: (actor: Actor, entityId: string) => Promise<AccessDecision>;
  /** Projection of the document into rows, run after commits. */
  project?: DocumentProjection;
  /** A version at most this often while the document is being edited (the automatic history). */
  autoVersionEveryMs?: number;
  frozen?: FrozenBehaviour;
  upgrade?: DocumentUpgrade;
  /**
   * Judges a client's update before it reaches the live document (which it may read, never change): why it breaks
   * the kind's shape, or null when it may be applied. Refused updates are answered `invalid_update` and nothing of
   * them is applied or stored. Without it, any update that decodes and applies is taken.
   */
  checkUpdate?: (content: Y.Doc, update: Uint8Array) => string | null;
}

/** The kinds of shared document this instance serves, by prefix; a doc id of any other kind reads as not found. */
@Injectable()
export class DocumentKinds {
  private readonly kinds = new Map<DocKind, DocumentKind>();

  register(kind: DocumentKind) {
    if (this.kinds.has(kind.prefix)) throw new Error(`The document kind ${kind.prefix} is registered twice`);
    this.kinds.set(kind.prefix, kind);
  }

  /** Why the kind refuses `update` for this document, or null (kinds without a check take every update). */
  shapeProblem(docId: string, content: Y.Doc, update: Uint8Array): string | null {
    return this.of(docId)?.kind.checkUpdate?.(content, update) ?? null;
  }

  /** The kind of a doc id, with its entity id; undefined for a malformed id or a kind nobody registered. */
  of(docId: string): { kind: DocumentKind; entityId: string } | undefined {
    const parsed = parseDocId(docId);
    const kind = parsed && this.kinds.get(parsed.kind);
    return kind ? { kind, entityId: parsed.entityId } : undefined;
  }
}

import { Injectable } from '@nestjs/common';
import { parseDocId } from '@cantiere/collab';
import type { DocAccess, DocKind } from '@cantiere/collab';
import type { Actor } from '../core/auth/actor';

export type AccessDecision = DocAccess | 'forbidden' | 'not_found';
export type KindResolver = (actor: Actor, entityId: string) => Promise<AccessDecision>;

/** Each module that owns a kind of shared document says who may read or write it. */
@Injectable()
export class CollabAccess {
  private readonly resolvers = new Map<DocKind, KindResolver>();

  register(kind: DocKind, resolver: KindResolver) {
    this.resolvers.set(kind, resolver);
  }

  async decide(actor: Actor, docId: string): Promise<AccessDecision> {
    const parsed = parseDocId(docId);
    const resolver = parsed && this.resolvers.get(parsed.kind);
    return resolver ? resolver(actor, parsed.entityId) : 'not_found';
  }
}

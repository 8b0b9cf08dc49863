import { Injectable } from '@nestjs/common';
import type { Actor } from '../core/auth/actor';
import { DocumentKinds, type AccessDecision } from './document-kinds';

export type { AccessDecision } from './document-kinds';

/** Asks the document's kind (registered by the module that owns it) who may read or write it. */
@Injectable()
export class CollabAccess {
  constructor(private readonly kinds: DocumentKinds) {}

  async decide(actor: Actor, docId: string): Promise<AccessDecision> {
    const found = this.kinds.of(docId);
    return found ? found.kind.access(actor, found.entityId) : 'not_found';
  }
}

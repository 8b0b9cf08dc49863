import { Injectable } from '@nestjs/common';
import type { MentionCandidate, MentionCandidateQuery, Page } from '@cantiere/domain';
import { CollabDocuments } from '../../collab';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { UserService } from '../../core/identity/user.service';
import { MentionRepository } from './mention.repository';

/** How many matches of each kind are weighed (each against the document's access rule) to fill one page. */
const SCAN = 40;

/**
 * Who may be mentioned in a shared document: people with an account and organisations, matching what was typed after
 * `@`, who may read the document, decided by the document kind's own access rule (the one the notifications obey:
 * a mention of someone who may not read the text would reach nobody). An organisation may read it when one of its
 * people may.
 */
@Injectable()
export class MentionService {
  constructor(
    private readonly collab: CollabDocuments,
    private readonly rows: MentionRepository,
    private readonly users: UserService,
  ) {}

  async candidates(actor: Actor, query: MentionCandidateQuery): Promise<Page<MentionCandidate>> {
    const access = await this.collab.accessOf(actor, query.docId);
    if (access === 'not_found') throw AppError.notFound('Document');
    // Mentions are written in the editor: who only reads has nothing to mention in.
    if (access !== 'write') throw AppError.forbidden('Only those who may write the document mention people in it');
    const reads = this.readerOf(query.docId);
    const size = query.pageSize;
    const people: MentionCandidate[] = [];
    for (const p of await this.rows.people(query.q, SCAN)) {
      if (people.length >= size) break;
      if (await reads(p.userId)) people.push({ kind: 'person', id: p.personId, label: p.label, detail: p.detail });
    }
    const organisations: MentionCandidate[] = [];
    for (const o of await this.rows.organisations(query.q, SCAN)) {
      if (organisations.length >= size) break;
      if (await this.someReads(o.userIds, reads)) organisations.push({ kind: 'organisation', id: o.organisationId, label: o.label, detail: o.detail });
    }
    // Both kinds show when both match: organisations keep up to half of a full page.
    const items = [...people.slice(0, size - Math.min(organisations.length, Math.floor(size / 2))), ...organisations].slice(0, size);
    return { items, total: items.length, page: 1, pageSize: size };
  }

  /** Whether an account may read the document, asked once per account. */
  private readerOf(docId: string): (userId: string) => Promise<boolean> {
    const known = new Map<string, Promise<boolean>>();
    return (userId) => {
      let answer = known.get(userId);
      if (!answer) {
        answer = this.users.findById(userId).then(async (user) => {
          if (!user || user.disabledAt !== null) return false;
          const access = await this.collab.accessOf({ user, sessionId: null }, docId);
          return access === 'read' || access === 'write';
        });
        known.set(userId, answer);
      }
      return answer;
    };
  }

  private async someReads(userIds: string[], reads: (userId: string) => Promise<boolean>): Promise<boolean> {
    for (const id of userIds) if (await reads(id)) return true;
    return false;
  }
}

import { Injectable } from '@nestjs/common';
import { docIdOf } from '@cantiere/collab';
import { CollabDocuments } from '../../collab';
import type { Actor } from '../../core/auth/actor';
import { NotificationCenter, type NotificationLanguage } from '../notification';
import type { MinutesRemarkEntity } from './minutes-remark.entity';
import { passageClients } from './minutes-passage';

export const REMARK_ON_PASSAGE_KIND = 'remark_on_my_passage';

interface RemarkData {
  meetingId: string;
  title: string;
  remark: MinutesRemarkEntity['kind'];
  by: string;
  quote: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const TEXTS = {
  it: {
    label: 'Osservazioni su un passaggio che ho scritto',
    comment: 'Commento su un passaggio che hai scritto',
    suggestion: 'Proposta di modifica a un passaggio che hai scritto',
    body: (d: RemarkData) => `${d.by} su «${clip(d.quote, 160)}», nel verbale di «${d.title}»`,
  },
  en: {
    label: 'Remarks on a passage I wrote',
    comment: 'A comment on a passage you wrote',
    suggestion: 'A suggested change to a passage you wrote',
    body: (d: RemarkData) => `${d.by} on "${clip(d.quote, 160)}", in the minutes of "${d.title}"`,
  },
} as const satisfies Record<NotificationLanguage, unknown>;

/**
 * Tells the writers of a passage of the minutes that someone remarked on it. Who wrote it is read from the text
 * itself (each character keeps the Yjs client that typed it; the collaboration engine knows whose account each
 * client is), so a passage typed by several people reaches each of them, and one rewritten since reaches whoever
 * wrote what is there now. The remark's own author is not told, nor anyone who may no longer read the meeting.
 */
@Injectable()
export class MinutesRemarkNotifications {
  constructor(
    private readonly center: NotificationCenter,
    private readonly collab: CollabDocuments,
  ) {
    this.center.registerKind<RemarkData>({
      kind: REMARK_ON_PASSAGE_KIND,
      label: { it: TEXTS.it.label, en: TEXTS.en.label },
      defaultChannel: 'immediate',
      render: (lang, d) => ({ title: TEXTS[lang][d.remark], body: TEXTS[lang].body(d), link: `/sedute/${d.meetingId}` }),
    });
  }

  /** The accounts that wrote the quoted passage, as the minutes read now (the remark's author excluded). */
  async authorsOf(meetingId: string, quote: string | null | undefined, agendaItemId: string | null, actor: Actor): Promise<string[]> {
    if (!quote?.trim()) return [];
    const docId = docIdOf('minutes', meetingId);
    const clients = passageClients(await this.collab.content(docId), quote, agendaItemId);
    const writers = await this.collab.writers(docId, clients);
    return [...new Set(writers.values())].filter((id) => id !== actor.user.id).sort();
  }

  /** With the remark's transaction: the event commits with the remark, and fans out after. */
  filed(remark: MinutesRemarkEntity, meetingTitle: string, authors: string[]): Promise<void> {
    if (!authors.length || !remark.quote) return Promise.resolve();
    return this.center.publish(undefined, {
      kind: REMARK_ON_PASSAGE_KIND,
      subject: { type: 'meeting', id: remark.meetingId },
      data: { meetingId: remark.meetingId, title: meetingTitle, remark: remark.kind, by: remark.authorName, quote: remark.quote } satisfies RemarkData,
      addressed: { userIds: authors },
      addressedOnly: true,
      actorUserId: remark.authorUserId,
      dedupe: `remark:${remark.id}`,
    });
  }
}

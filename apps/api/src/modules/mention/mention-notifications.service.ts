import { Injectable } from '@nestjs/common';
import type * as Y from 'yjs';
import { CollabDocuments } from '../../collab';
import { NotificationCenter, type NotificationEvent, type NotificationLanguage } from '../notification';
import { MentionRepository } from './mention.repository';
import { findMentions, type FoundMention } from './mention-scan';

export const MENTION_KIND = 'mention';

interface MentionData {
  target: FoundMention['kind'];
  /** The name the mention shows (`@label`). */
  label: string;
  /** Who wrote it; null when the server cannot tell. */
  by: string | null;
  /** The document's title, or the meeting's. */
  title: string;
  link: string;
}

const TEXTS = {
  it: {
    label: 'Menzioni di me o della mia organizzazione',
    person: { title: 'Nuova menzione', body: (by: string, d: MentionData) => `${by} ti ha menzionato in «${d.title}»` },
    organisation: { title: 'Menzione della tua organizzazione', body: (by: string, d: MentionData) => `${by} ha menzionato @${d.label} in «${d.title}»` },
    someone: 'Qualcuno',
  },
  en: {
    label: 'Mentions of me or my organisation',
    person: { title: 'New mention', body: (by: string, d: MentionData) => `${by} mentioned you in "${d.title}"` },
    organisation: { title: 'Your organisation was mentioned', body: (by: string, d: MentionData) => `${by} mentioned @${d.label} in "${d.title}"` },
    someone: 'Someone',
  },
} as const satisfies Record<NotificationLanguage, unknown>;

/** Where a document's mentions point, and whose reading rule they obey (the notification subject). */
export interface MentionPlace {
  docId: string;
  subject: { type: 'document' | 'meeting'; id: string };
  title: string;
  link: string;
}

/**
 * Mentions as notifications: @person to that person's account, @organisation to its people's accounts, only those
 * who may read the subject, never the one who wrote it. Text being typed is projected again and again, so each
 * projection hands the mentions as the text now reads to the notification centre's settling: each is told once the
 * document has been quiet for a while, and a (document, person or organisation) pair is told once ever, however often
 * it is projected, edited elsewhere, removed and written again.
 */
@Injectable()
export class MentionNotifications {
  constructor(
    private readonly center: NotificationCenter,
    private readonly collab: CollabDocuments,
    private readonly rows: MentionRepository,
  ) {
    this.center.registerKind<MentionData>({
      kind: MENTION_KIND,
      label: { it: TEXTS.it.label, en: TEXTS.en.label },
      defaultChannel: 'immediate',
      render: (lang, d) => ({
        title: TEXTS[lang][d.target].title,
        body: TEXTS[lang][d.target].body(d.by ?? TEXTS[lang].someone, d),
        link: d.link,
      }),
    });
  }

  /** Runs within the projection (and its transaction when it has one): the waiting notifications commit with its rows. */
  async projected(place: MentionPlace, content: Y.Doc): Promise<void> {
    const mentions = findMentions(content);
    const writers = await this.collab.writers(
      place.docId,
      mentions.flatMap((m) => (m.client === null ? [] : [m.client])),
    );
    const names = await this.rows.userNames([...new Set(writers.values())]);
    await this.center.settle(
      undefined,
      `mentions:${place.docId}`,
      mentions.map((m) => {
        const writer = m.client === null ? null : (writers.get(m.client) ?? null);
        return {
          key: `${MENTION_KIND}:${place.docId}:${m.kind}:${m.id}`,
          event: {
            kind: MENTION_KIND,
            subject: place.subject,
            data: {
              target: m.kind,
              label: m.label,
              by: writer ? (names.get(writer) ?? null) : null,
              title: place.title.slice(0, 200),
              link: place.link,
            } satisfies MentionData,
            addressed: m.kind === 'person' ? { personIds: [m.id] } : { organisationIds: [m.id] },
            addressedOnly: true,
            actorUserId: writer,
          } satisfies NotificationEvent,
        };
      }),
    );
  }
}

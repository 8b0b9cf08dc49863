import type { NotificationItem } from '@cantiere/domain';
import type { NotificationKind, NotificationLanguage } from './notification-kinds';
import type { NotificationEntity } from './notification.entity';

export const languageOf = (locale: string): NotificationLanguage => (locale === 'en' ? 'en' : 'it');

/** A stored notification in the reader's language; a kind no longer registered shows its stored link only. */
export function toNotification(n: NotificationEntity, kind: NotificationKind | undefined, lang: NotificationLanguage): NotificationItem {
  const text = kind?.render(lang, n.data as never) ?? { title: n.kind, body: '' };
  return {
    id: n.id,
    kind: n.kind,
    title: text.title,
    body: text.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

import type { OutgoingMail } from '../../core/mail/mail.service';
import type { RenderedNotification } from './notification-kinds';

const unsubscribeHeaders = (unsubscribeUrl: string) => ({
  'List-Unsubscribe': `<${unsubscribeUrl}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});

/** One notification, mailed at once, in the recipient's language, with a one-click unsubscribe for its kind. */
export function immediateMail(
  to: string,
  lang: 'it' | 'en',
  text: RenderedNotification,
  kindLabel: string,
  publicUrl: string,
  unsubscribeUrl: string,
): OutgoingMail {
  const stop =
    lang === 'en' ? `To stop mails about "${kindLabel}", open: ${unsubscribeUrl}` : `Per non ricevere più mail per "${kindLabel}", apri: ${unsubscribeUrl}`;
  return {
    to,
    subject: `[Cantiere] ${text.title}`,
    text: [text.title, '', text.body, '', `${publicUrl}${text.link}`, '', '--', stop].join('\n'),
    headers: unsubscribeHeaders(unsubscribeUrl),
  };
}

/** The daily digest: one Italian mail listing the unread notifications since the last one. */
export function digestMail(
  to: string,
  name: string,
  items: RenderedNotification[],
  publicUrl: string,
  unsubscribe: { label: string; url: string }[],
): OutgoingMail {
  const lines = items.map((item) => `- ${item.title}\n  ${item.body}\n  ${publicUrl}${item.link}`);
  return {
    to,
    subject: items.length === 1 ? '[Cantiere] Riepilogo del giorno: 1 notifica' : `[Cantiere] Riepilogo del giorno: ${items.length} notifiche`,
    text: [
      `Gentile ${name},`,
      '',
      'ecco le notifiche non ancora lette dal riepilogo precedente:',
      '',
      ...lines,
      '',
      `Tutte le notifiche: ${publicUrl}/notifiche`,
      '',
      '--',
      ...unsubscribe.map((u) => `Per non ricevere più mail per "${u.label}": ${u.url}`),
    ].join('\n'),
    ...(unsubscribe.length === 1 ? { headers: unsubscribeHeaders(unsubscribe[0].url) } : {}),
  };
}

import type { OutgoingMail } from '../../core/mail/mail.service';
import type { RenderedNotification } from './notification-kinds';

/** RFC 8058: mail programs POST to the API's link (one click, no login); people open the web page in the text. */
const unsubscribeHeaders = (publicUrl: string, token: string) => ({
  'List-Unsubscribe': `<${publicUrl}/api/unsubscribe/${token}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});
const unsubscribePage = (publicUrl: string, token: string) => `${publicUrl}/disiscrizione/${token}`;

/** One notification, mailed at once, in the recipient's language, with a one-click unsubscribe for its kind. */
export function immediateMail(
  to: string,
  lang: 'it' | 'en',
  text: RenderedNotification,
  kindLabel: string,
  publicUrl: string,
  unsubscribeToken: string,
): OutgoingMail {
  const unsubscribeUrl = unsubscribePage(publicUrl, unsubscribeToken);
  const stop =
    lang === 'en' ? `To stop mails about "${kindLabel}", open: ${unsubscribeUrl}` : `Per non ricevere più mail per "${kindLabel}", apri: ${unsubscribeUrl}`;
  return {
    to,
    subject: `[Cantiere] ${text.title}`,
    text: [text.title, '', text.body, '', `${publicUrl}${text.link}`, '', '--', stop].join('\n'),
    headers: unsubscribeHeaders(publicUrl, unsubscribeToken),
  };
}

/** The daily digest: one Italian mail listing the unread notifications since the last one. */
export function digestMail(
  to: string,
  name: string,
  items: RenderedNotification[],
  publicUrl: string,
  unsubscribe: { label: string; token: string }[],
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
      ...unsubscribe.map((u) => `Per non ricevere più mail per "${u.label}": ${unsubscribePage(publicUrl, u.token)}`),
    ].join('\n'),
    ...(unsubscribe.length === 1 ? { headers: unsubscribeHeaders(publicUrl, unsubscribe[0].token) } : {}),
  };
}

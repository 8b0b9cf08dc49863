import type { Locale } from '@cantiere/domain';
import type { OutgoingMail } from './mail.service';

const SIGNATURE = {
  it: 'Cantiere Welfare Inclusione sociale\nComune di Cremona - Settore Politiche sociali',
  en: 'Cantiere Welfare Inclusione sociale\nMunicipality of Cremona - Social Policy Department',
};

function formatDate(date: Date, locale: Locale): string {
  return date.toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' });
}

export function invitationMail(to: string, name: string, link: string, expiresAt: Date, inviter: string | null): OutgoingMail {
  const by = inviter ? ` da ${inviter}` : '';
  return {
    to,
    subject: 'Invito al Cantiere Welfare Inclusione sociale',
    text:
      `Gentile ${name},\n\nè stato invitato/a${by} a partecipare al Cantiere Welfare Inclusione sociale, ` +
      `lo spazio di coprogettazione del Comune con la rete contro la povertà.\n\n` +
      `Per creare il suo account e scegliere una password apra questo collegamento:\n${link}\n\n` +
      `Il collegamento vale fino al ${formatDate(expiresAt, 'it')} e può essere usato una sola volta.\n` +
      `Se non si aspettava questo invito, può ignorare questo messaggio.\n\n${SIGNATURE.it}\n\n---\n\n` +
      `Dear ${name},\n\nyou have been invited to the Cantiere Welfare Inclusione sociale co-design workspace.\n` +
      `Open this link to create your account: ${link}\nIt is valid until ${formatDate(expiresAt, 'en')}.\n\n${SIGNATURE.en}\n`,
  };
}

export function passwordResetMail(to: string, name: string, link: string, expiresAt: Date, locale: Locale): OutgoingMail {
  if (locale === 'en') {
    return {
      to,
      subject: 'Reset your Cantiere password',
      text:
        `Dear ${name},\n\nsomeone (hopefully you) asked to reset the password of your account.\n` +
        `Open this link to choose a new one:\n${link}\n\nThe link is valid until ${formatDate(expiresAt, 'en')} and works once.\n` +
        `If you did not ask for this, ignore this message: your password stays as it is.\n\n${SIGNATURE.en}\n`,
    };
  }
  return {
    to,
    subject: 'Reimpostazione della password del Cantiere',
    text:
      `Gentile ${name},\n\nè stata chiesta la reimpostazione della password del suo account.\n` +
      `Per sceglierne una nuova apra questo collegamento:\n${link}\n\n` +
      `Il collegamento vale fino al ${formatDate(expiresAt, 'it')} e può essere usato una sola volta.\n` +
      `Se non ha fatto lei questa richiesta, ignori il messaggio: la password resta invariata.\n\n${SIGNATURE.it}\n`,
  };
}

import type { OutgoingMail } from '../../core/mail/mail.service';
import type { AgendaItem } from '@cantiere/domain';
import { agendaMailText } from '../agenda';
import type { MeetingEntity } from '../meeting';

const KIND_LABEL: Record<string, string> = { plenary: 'Seduta plenaria', thematic_table: 'Tavolo tematico', technical_coordination: 'Coordinamento tecnico' };
const when = (m: MeetingEntity) =>
  `${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(m.startsAt)}, ` +
  `dalle ${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(m.startsAt)} ` +
  `alle ${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(m.endsAt)}`;

function details(m: MeetingEntity, agenda: AgendaItem[], publicUrl: string): string {
  const where = [m.place ? `Luogo: ${m.place}` : null, m.onlineUrl ? `Collegamento online: ${m.onlineUrl}` : null].filter(Boolean).join('\n');
  const odg = agendaMailText(agenda, publicUrl);
  return `${KIND_LABEL[m.kind] ?? m.kind} – ${m.space?.name ?? ''}\nSeduta n. ${m.number}/${m.year}: ${m.title}\nData: ${when(m)}\n${where}\n\nOrdine del giorno:\n${odg || '(da definire)'}\n${m.convocationNote ? `\n${m.convocationNote}\n` : ''}`;
}

export type ConvocationKind = 'convocation' | 'update' | 'reminder' | 'rsvp_reminder' | 'cancellation';

const SUBJECT: Record<ConvocationKind, string> = {
  convocation: 'Convocazione',
  update: 'Aggiornamento della convocazione',
  reminder: 'Promemoria: domani',
  rsvp_reminder: 'Attendiamo la sua risposta',
  cancellation: 'Annullata',
};

/** The mail to one representative; the RSVP link is personal (it answers for them without logging in). */
export function convocationMail(
  kind: ConvocationKind,
  to: string,
  name: string,
  organisation: string,
  m: MeetingEntity,
  agenda: AgendaItem[],
  rsvpLink: string | null,
  meetingLink: string,
  ics: string,
  publicUrl: string,
  cancelReason: string | null = null,
): OutgoingMail {
  const intro: Record<ConvocationKind, string> = {
    convocation: `è convocato/a, in rappresentanza di ${organisation}, alla seduta indicata di seguito.`,
    update: `la convocazione della seduta indicata di seguito è stata modificata: la preghiamo di prendere nota dei nuovi dati.`,
    reminder: `le ricordiamo che domani si tiene la seduta indicata di seguito.`,
    rsvp_reminder: `non abbiamo ancora ricevuto la sua risposta alla convocazione della seduta indicata di seguito, in rappresentanza di ${organisation}.`,
    cancellation: `la seduta indicata di seguito è stata annullata.${cancelReason ? `\nMotivo: ${cancelReason}` : ''}`,
  };
  const answer =
    rsvpLink && kind !== 'cancellation'
      ? `\nPer comunicare se parteciperà, se non potrà partecipare o se invierà un delegato, apra questo collegamento personale:\n${rsvpLink}\n`
      : '';
  return {
    to,
    subject: `${SUBJECT[kind]} – ${m.space?.name ?? ''}, seduta n. ${m.number}/${m.year} del ${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' }).format(m.startsAt)}`,
    text:
      `Gentile ${name},\n\n${intro[kind]}\n\n${details(m, agenda, publicUrl)}${answer}\nLa seduta nel Cantiere: ${meetingLink}\n` +
      `In allegato l'invito per il calendario.\n\nCantiere Welfare Inclusione sociale\n\n---\n\n` +
      `Dear ${name}, ${kind === 'cancellation' ? `this meeting has been cancelled${cancelReason ? ` (reason: ${cancelReason})` : ''}` : kind === 'reminder' ? 'a reminder: this meeting is tomorrow' : kind === 'rsvp_reminder' ? 'we have not yet had your reply to this invitation' : kind === 'update' ? 'the details of this meeting have changed' : 'you are invited to this meeting'}.` +
      `${rsvpLink && kind !== 'cancellation' ? ` Reply here: ${rsvpLink}` : ''}\n`,
    calendar: { method: kind === 'cancellation' ? 'CANCEL' : 'REQUEST', content: ics, filename: kind === 'cancellation' ? 'annullamento.ics' : 'invito.ics' },
  };
}

export type MinutesNoticeKind = 'review_started' | 'minutes_approved';

const dayOf = (d: Date) => new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d);
const momentOf = (d: Date) => new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' }).format(d);

/** The review opening and the approval, told to everyone on the register: they are the ones the verbale names. */
export function minutesNoticeMail(
  kind: MinutesNoticeKind,
  to: string,
  name: string,
  m: MeetingEntity,
  meetingLink: string,
  downloadLink: string,
): OutgoingMail {
  const label = `seduta n. ${m.number}/${m.year} del ${dayOf(m.startsAt)} (${m.title})`;
  if (kind === 'review_started') {
    const until = m.reviewUntil ? momentOf(m.reviewUntil) : '';
    return {
      to,
      subject: `Verbale in revisione – ${m.space?.name ?? ''}, ${label}`,
      text:
        `Gentile ${name},\n\nil verbale della ${label} è in revisione fino al ${until}.\n` +
        `Può leggerlo e proporre commenti o modifiche, firmati con il suo nome e il suo ente, qui:\n${meetingLink}\n\n` +
        `Cantiere Welfare Inclusione sociale\n\n---\n\nDear ${name}, the minutes of this meeting are open for review until ${until}: ${meetingLink}\n`,
    };
  }
  return {
    to,
    subject: `Verbale approvato – ${m.space?.name ?? ''}, ${label}`,
    text:
      `Gentile ${name},\n\nil verbale della ${label} è stato approvato${m.minutesApprovedAt ? ` il ${momentOf(m.minutesApprovedAt)}` : ''} e non è più modificabile.\n` +
      `Impronta SHA-256 del testo approvato: ${m.minutesHash ?? ''}\n\nIl verbale: ${downloadLink}\nLa seduta nel Cantiere: ${meetingLink}\n\n` +
      `Cantiere Welfare Inclusione sociale\n\n---\n\nDear ${name}, the minutes of this meeting have been approved: ${downloadLink}\n`,
  };
}

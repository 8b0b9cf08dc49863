import { useTranslation } from 'react-i18next';

/** Texts of the confirmations before irreversible steps. The type makes English carry every key. */
const it = {
  dialogCancel: 'Torna indietro',
  goAhead: 'Procedi comunque',
  recorded: 'La conferma viene registrata nella cronologia della seduta, con gli avvisi mostrati qui.',
  warningsTitle: 'Attenzione',
  conveneTitle: 'Inviare la convocazione?',
  conveneIntro:
    'La convocazione parte subito per posta elettronica a {{count}} destinatari, con l’invito per il calendario e un collegamento personale per rispondere. Controlli il messaggio e l’elenco.',
  conveneConfirm: 'Invia la convocazione a {{count}} destinatari',
  subject: 'Oggetto',
  message: 'Testo del messaggio (copia del primo destinatario)',
  recipients: 'Destinatari ({{count}})',
  withoutEmail: 'Senza indirizzo email, non riceveranno la convocazione ({{count}}):',
  noRecipients: 'Nessun destinatario: aggiunga partecipanti allo spazio prima di convocare.',
  startTitle: 'Avviare la seduta?',
  startIntro: 'L’orario di inizio effettivo viene registrato adesso e il verbale si apre con una sezione per ogni punto all’ordine del giorno.',
  startConfirm: 'Avvia la seduta',
  closeTitle: 'Chiudere la seduta?',
  closeIntro:
    'L’orario di fine viene registrato adesso, il tempo del punto in corso viene contato e i punti non trattati passano alla prossima seduta come «non discussi». Una seduta chiusa non si riapre.',
  closeConfirm: 'Chiudi la seduta',
  approveTitle: 'Approvare il verbale?',
  approveIntro:
    'Il testo viene congelato con la sua impronta SHA-256 e nessuno potrà più modificarlo. Tutte le persone del registro presenze riceveranno un messaggio.',
  approveConfirm: 'Approva il verbale',
  reviewTitle: 'Avviare la revisione?',
  reviewIntro:
    'Per {{days}} giorni i partecipanti potranno inviare commenti e proposte di modifica; solo chi conduce la seduta potrà ancora scrivere nel testo. Tutte le persone del registro presenze riceveranno un messaggio con il collegamento.',
  reviewConfirm: 'Avvia la revisione',
  far_from_schedule_ahead: 'La seduta è in programma il {{date}}: mancano {{amount}}. Avviandola ora, il verbale riporterà l’orario di oggi.',
  far_from_schedule_behind: 'La seduta era in programma il {{date}}, {{amount}} fa.',
  chair_absent: 'Il presidente, {{name}}, risulta {{status}} nel registro presenze.',
  status_absent: 'assente',
  status_excused: 'assente giustificato',
  review_open: 'La revisione è ancora aperta per {{days}} giorni (fino al {{date}}). Osservazioni senza risposta: {{count}}.',
  unapplied_suggestions: 'Proposte di modifica accolte ma non ancora nel testo: {{count}}. Vanno applicate a mano e segnate come applicate.',
  hours: '{{n}} ore',
  days: '{{n}} giorni',
  historyConfirmed: 'confermato nonostante gli avvisi: {{what}}',
  short_far_from_schedule: 'lontano dall’orario previsto',
  short_chair_absent: 'presidente assente',
  short_review_open: 'revisione ancora aperta',
  short_unapplied_suggestions: 'proposte accolte non applicate',
};

const en: Record<keyof typeof it, string> = {
  dialogCancel: 'Go back',
  goAhead: 'Go ahead anyway',
  recorded: 'The confirmation is recorded in the meeting’s history, with the warnings shown here.',
  warningsTitle: 'Warning',
  conveneTitle: 'Send the convocation?',
  conveneIntro:
    'The convocation is emailed at once to {{count}} recipients, with a calendar invitation and a personal link to reply. Check the message and the list.',
  conveneConfirm: 'Send the convocation to {{count}} recipients',
  subject: 'Subject',
  message: 'Message text (the first recipient’s copy)',
  recipients: 'Recipients ({{count}})',
  withoutEmail: 'Without an email address, they will not receive the convocation ({{count}}):',
  noRecipients: 'No recipients: add participants to the space before convening.',
  startTitle: 'Start the meeting?',
  startIntro: 'The actual start time is recorded now and the minutes open with one section per agenda item.',
  startConfirm: 'Start the meeting',
  closeTitle: 'Close the meeting?',
  closeIntro:
    'The end time is recorded now, time on the current item is booked and items not reached move to the next meeting as “not discussed”. A closed meeting cannot be reopened.',
  closeConfirm: 'Close the meeting',
  approveTitle: 'Approve the minutes?',
  approveIntro:
    'The text is frozen with its SHA-256 fingerprint and nobody can change it any more. Everyone on the attendance register will receive a message.',
  approveConfirm: 'Approve the minutes',
  reviewTitle: 'Start the review?',
  reviewIntro:
    'For {{days}} days participants can send comments and suggested changes; only those running the meeting can still edit the text. Everyone on the attendance register will receive a message with the link.',
  reviewConfirm: 'Start the review',
  far_from_schedule_ahead: 'The meeting is scheduled for {{date}}: {{amount}} from now. If you start it now, the minutes will carry today’s time.',
  far_from_schedule_behind: 'The meeting was scheduled for {{date}}, {{amount}} ago.',
  chair_absent: 'The chair, {{name}}, is marked {{status}} on the attendance register.',
  status_absent: 'absent',
  status_excused: 'excused',
  review_open: 'The review is still open for {{days}} days (until {{date}}). Remarks without an answer: {{count}}.',
  unapplied_suggestions: 'Accepted suggestions not yet in the text: {{count}}. Apply them by hand and mark them as applied.',
  hours: '{{n}} hours',
  days: '{{n}} days',
  historyConfirmed: 'confirmed despite warnings: {{what}}',
  short_far_from_schedule: 'far from the scheduled time',
  short_chair_absent: 'chair absent',
  short_review_open: 'review still open',
  short_unapplied_suggestions: 'accepted suggestions not applied',
};

export type StepTextKey = keyof typeof it;
export const STEP_TEXTS = { it, en };

export function useStepText() {
  const { i18n } = useTranslation();
  const dict = i18n.language?.startsWith('en') ? en : it;
  const t = (key: StepTextKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  return Object.assign(t, { locale: i18n.language?.startsWith('en') ? 'en-GB' : 'it-IT' });
}

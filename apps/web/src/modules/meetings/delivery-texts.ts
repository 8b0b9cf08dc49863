import { useTranslation } from 'react-i18next';

/** Texts of the convocation deliveries panel. The type makes English carry every key. */
const it = {
  deliveriesTitle: 'Recapito delle email della seduta',
  deliveriesIntro:
    'Le email della seduta (convocazione, modifiche, promemoria, annullamento) partono in coda, una per persona: qui si vede se sono state consegnate al server di posta. Un invio non riuscito viene ritentato più volte, a intervalli crescenti.',
  deliveriesCaption: 'Email della seduta, dalla più recente',
  deliveriesEmpty: 'Nessuna email in coda per questa seduta.',
  deliveriesLoading: 'Caricamento dello stato delle email…',
  deliveriesRefresh: 'Aggiorna',
  deliveriesSummary: '{{sent}} consegnate, {{pending}} in attesa, {{failed}} non riuscite',
  deliveryRecipient: 'Destinatario',
  deliveryKind: 'Email',
  deliveryState: 'Stato',
  deliveryAttempts: 'Tentativi',
  deliveryLastError: 'Ultimo errore',
  deliveryUpdated: 'Ultimo aggiornamento',
  deliveryKind_convocation: 'Convocazione',
  deliveryKind_update: 'Modifica',
  deliveryKind_reminder: 'Promemoria',
  deliveryKind_rsvp_reminder: 'Sollecito di risposta',
  deliveryKind_cancellation: 'Annullamento',
  deliveryState_queued: 'In coda',
  deliveryState_sent: 'Consegnata',
  deliveryState_retrying: 'Nuovo tentativo in programma',
  deliveryState_failed: 'Non riuscita',
  deliveryRetry: 'Riprova',
  deliveryRetryOf: 'Riprova l’invio a {{name}}',
  deliveryRetried: 'Invio a {{name}} rimesso in coda.',
  deliveriesError: 'Stato delle email non disponibile: {{message}}',
};

const en: typeof it = {
  deliveriesTitle: 'Delivery of the meeting’s emails',
  deliveriesIntro:
    'The meeting’s emails (convocation, changes, reminders, cancellation) leave through a queue, one per person: this shows whether the mail server accepted them. A failed send is tried again several times, at growing intervals.',
  deliveriesCaption: 'The meeting’s emails, newest first',
  deliveriesEmpty: 'No email queued for this meeting.',
  deliveriesLoading: 'Loading the state of the emails…',
  deliveriesRefresh: 'Refresh',
  deliveriesSummary: '{{sent}} delivered, {{pending}} waiting, {{failed}} failed',
  deliveryRecipient: 'Recipient',
  deliveryKind: 'Email',
  deliveryState: 'State',
  deliveryAttempts: 'Attempts',
  deliveryLastError: 'Last error',
  deliveryUpdated: 'Last update',
  deliveryKind_convocation: 'Convocation',
  deliveryKind_update: 'Change',
  deliveryKind_reminder: 'Reminder',
  deliveryKind_rsvp_reminder: 'Reply reminder',
  deliveryKind_cancellation: 'Cancellation',
  deliveryState_queued: 'Queued',
  deliveryState_sent: 'Delivered',
  deliveryState_retrying: 'Will be tried again',
  deliveryState_failed: 'Failed',
  deliveryRetry: 'Retry',
  deliveryRetryOf: 'Retry the send to {{name}}',
  deliveryRetried: 'Send to {{name}} queued again.',
  deliveriesError: 'State of the emails unavailable: {{message}}',
};

export type DeliveryTextKey = keyof typeof it;
export const DELIVERY_TEXTS = { it, en };

export function useDeliveryText() {
  const { i18n } = useTranslation();
  const dict = i18n.language?.startsWith('en') ? en : it;
  const t = (key: DeliveryTextKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  return Object.assign(t, { locale: i18n.language?.startsWith('en') ? 'en-GB' : 'it-IT' });
}

/** Texts of the notification centre: the bell, the list of notifications and the preferences on the account page. */
const notifications = {
  notifications: {
    title: 'Notifiche',
    bellUnread: 'Notifiche, da leggere: {{count}}',
    intro: 'Ciò che è successo negli spazi, nelle sedute e nei documenti che segui.',
    empty: 'Nessuna notifica per ora.',
    unreadOnly: 'Solo da leggere',
    markRead: 'Segna come letta',
    markAllRead: 'Segna tutte come lette',
    unread: 'Da leggere',
    open: 'Apri',
  },
  preferences: {
    title: 'Notifiche via email',
    intro:
      'Per ogni tipo di notifica scegli se ricevere una email subito, nel riepilogo giornaliero o mai. Le notifiche restano comunque nel centro notifiche.',
    kind: 'Tipo di notifica',
    channel: 'Email per «{{kind}}»',
    immediate: 'Subito',
    digest: 'Nel riepilogo giornaliero',
    off: 'Mai',
    digestHour: 'Ora del riepilogo giornaliero (ora italiana)',
    hourOption: 'ore {{hour}}',
  },
  unsubscribe: {
    title: 'Smetti di ricevere queste email',
    question: 'Non vuoi più ricevere email per «{{kind}}»? Le notifiche resteranno visibili nel centro notifiche.',
    submit: 'Non inviarmele più',
    done: 'Fatto: non riceverai più email per «{{kind}}». Puoi cambiare idea dalla pagina del tuo account.',
    invalid: 'Il collegamento non è valido.',
  },
} as const;

export default notifications;

import type italian from '../it/notifications';
import type { Translation } from '../translation';

const notifications: Translation<typeof italian> = {
  notifications: {
    title: 'Notifications',
    bellUnread: 'Notifications, unread: {{count}}',
    intro: 'What happened in the spaces, meetings and documents you follow.',
    empty: 'No notifications yet.',
    unreadOnly: 'Unread only',
    markRead: 'Mark as read',
    markAllRead: 'Mark all as read',
    unread: 'Unread',
    open: 'Open',
  },
  preferences: {
    title: 'Email notifications',
    intro:
      'For each kind of notification choose whether to get an email at once, in the daily digest or never. Notifications always stay in the notification centre.',
    kind: 'Kind of notification',
    channel: 'Email for “{{kind}}”',
    immediate: 'At once',
    digest: 'In the daily digest',
    off: 'Never',
    digestHour: 'Hour of the daily digest (Italian time)',
    hourOption: '{{hour}}:00',
  },
  unsubscribe: {
    title: 'Stop these emails',
    question: 'Do you no longer want emails for “{{kind}}”? Notifications will stay visible in the notification centre.',
    submit: 'Stop sending them',
    done: 'Done: you will no longer get emails for “{{kind}}”. You can change your mind on your account page.',
    invalid: 'The link is not valid.',
  },
};

export default notifications;

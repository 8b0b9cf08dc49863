/**
 * Notifications: the account page's preferences. The notification centre and the unsubscribe link are routes
 * (pages/); the header's bell is loaded lazily by the layout.
 */
export { NotificationPreferencesPanel } from './components/NotificationPreferencesPanel';

import { bundleItalian } from '..';
import notifications from '../it/notifications';

/** The namespace of the notification centre; importing it brings its Italian texts with the code that shows them. */
export const NOTIFICATIONS = bundleItalian('notifications', notifications);

import {
  NotificationFollowEntity,
  NotificationPreferenceEntity,
  NotificationSettingEntity,
  NotificationUnsubscribeEntity,
} from './notification-setting.entity';
import { NotificationPendingEntity } from './notification-pending.entity';
import { NotificationEntity } from './notification.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const NOTIFICATION_ENTITIES = [
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationSettingEntity,
  NotificationFollowEntity,
  NotificationUnsubscribeEntity,
  NotificationPendingEntity,
];

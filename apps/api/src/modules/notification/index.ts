export {
  NotificationCenter,
  NOTIFICATION_DIGEST_JOB,
  NOTIFICATION_FANOUT_TOPIC,
  NOTIFICATION_SETTLED_JOB,
  SETTLE_QUIET_MS,
} from './notification-center.service';
export type { NotificationAudience, NotificationEvent, NotificationSubject } from './notification-center.service';
export type { NotificationKind, NotificationLanguage, RenderedNotification, SubjectParticipants, SubjectReader } from './notification-kinds';
export { NOTIFICATION_ENTITIES } from './notification.entities';
export { NotificationModule } from './notification.module';

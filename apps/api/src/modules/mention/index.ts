export { MentionModule } from './mention.module';
export { MentionNotifications, type MentionPlace } from './mention-notifications.service';

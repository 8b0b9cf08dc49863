import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module';
import { PersonModule } from '../person';
import { NotificationCenter } from './notification-center.service';
import { NotificationKinds } from './notification-kinds';
import { NotificationLiveGateway } from './notification-live.gateway';
import { NotificationPendingRepository } from './notification-pending.repository';
import { NotificationRecipients } from './notification-recipients';
import { NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

/**
 * The notification centre. The modules that own events import it (through its index) to register their kinds and
 * subject types and to publish events; it depends only on the person module (people and their accounts).
 */
@Module({
  imports: [IdentityModule, PersonModule],
  controllers: [NotificationController],
  providers: [
    NotificationCenter,
    NotificationKinds,
    NotificationLiveGateway,
    NotificationPendingRepository,
    NotificationRecipients,
    NotificationRepository,
    NotificationService,
  ],
  exports: [NotificationCenter],
})
export class NotificationModule {}

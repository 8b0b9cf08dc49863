import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module';
import { NotificationCenter } from './notification-center.service';
import { NotificationKinds } from './notification-kinds';
import { NotificationLiveGateway } from './notification-live.gateway';
import { NotificationPendingRepository } from './notification-pending.repository';
import { NotificationController } from './notification.controller';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

/**
 * The notification centre. It depends on no other module: the modules that own events import it (through its
 * index) to register their kinds and subject types and to publish events.
 */
@Module({
  imports: [IdentityModule],
  controllers: [NotificationController],
  providers: [NotificationCenter, NotificationKinds, NotificationLiveGateway, NotificationPendingRepository, NotificationRepository, NotificationService],
  exports: [NotificationCenter],
})
export class NotificationModule {}

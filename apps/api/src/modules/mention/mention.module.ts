import { Module } from '@nestjs/common';
import { IdentityModule } from '../../core/identity/identity.module';
import { NotificationModule } from '../notification';
import { MentionNotifications } from './mention-notifications.service';
import { MentionController } from './mention.controller';
import { MentionRepository } from './mention.repository';
import { MentionService } from './mention.service';

/**
 * Mentions in shared documents: who may be mentioned (the editor's `@` list) and the notifications of mentions. The
 * modules that own a kind of document call `MentionNotifications.projected` from their projection.
 */
@Module({
  imports: [IdentityModule, NotificationModule],
  controllers: [MentionController],
  providers: [MentionNotifications, MentionRepository, MentionService],
  exports: [MentionNotifications],
})
export class MentionModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MentionModule } from '../mention';
import { NotificationModule } from '../notification';
import { SpaceModule } from '../space';
import { DocumentNotifications } from './document-notifications';
import { DocumentAccessService } from './document-access.service';
import { DocumentController } from './document.controller';
import { DocumentEntity } from './document.entity';
import { DocumentProjectionService } from './document-projection.service';
import { DocumentService } from './document.service';

@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), SpaceModule, NotificationModule, MentionModule],
  controllers: [DocumentController],
  providers: [DocumentService, DocumentAccessService, DocumentProjectionService, DocumentNotifications],
  exports: [DocumentService],
})
export class DocumentModule {}

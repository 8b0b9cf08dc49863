import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpaceModule } from '../space';
import { DocumentAccessService } from './document-access.service';
import { DocumentController } from './document.controller';
import { DocumentEntity } from './document.entity';
import { DocumentProjectionService } from './document-projection.service';
import { DocumentService } from './document.service';

@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity]), SpaceModule],
  controllers: [DocumentController],
  providers: [DocumentService, DocumentAccessService, DocumentProjectionService],
})
export class DocumentModule {}

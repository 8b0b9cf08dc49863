import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrozenRecordEntity } from './frozen-record.entity';
import { FrozenRecordService } from './frozen-record.service';

/** Sealed legal records, shared by every module that approves or adopts one. */
@Global()
@Module({ imports: [TypeOrmModule.forFeature([FrozenRecordEntity])], providers: [FrozenRecordService], exports: [FrozenRecordService] })
export class RecordsModule {}

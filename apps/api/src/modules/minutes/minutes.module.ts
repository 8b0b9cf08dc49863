import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingModule } from '../meeting';
import { SpaceModule } from '../space';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';
import { MinutesAccessService } from './minutes-access.service';
import { MinutesProjectionService } from './minutes-projection.service';
import { MinutesRemarkEntity } from './minutes-remark.entity';
import { MinutesController } from './minutes.controller';
import { MinutesProjectionRepository } from './minutes-projection.repository';
import { MinutesRemarkRepository } from './minutes-remark.repository';
import { MinutesService } from './minutes.service';
import { OutcomeController } from './outcome.controller';
import { OutcomeService } from './outcome.service';
import { VerbaleController } from './verbale.controller';
import { VerbaleRecordService } from './verbale-record.service';
import { VerbaleService } from './verbale.service';

@Module({
  imports: [TypeOrmModule.forFeature([DecisionEntity, ActionEntity, MinutesRemarkEntity]), MeetingModule, SpaceModule],
  controllers: [MinutesController, VerbaleController, OutcomeController],
  providers: [
    MinutesRemarkRepository,
    MinutesProjectionRepository,
    MinutesAccessService,
    MinutesProjectionService,
    MinutesService,
    VerbaleService,
    VerbaleRecordService,
    OutcomeService,
  ],
})
export class MinutesModule {}

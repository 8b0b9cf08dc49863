import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpaceModule } from '../space';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';
import { OutcomeWriter } from './outcome-writer.service';
import { OutcomeController } from './outcome.controller';
import { OutcomeRepository } from './outcome.repository';
import { OutcomeService } from './outcome.service';

/** Decisions and actions as tracked records: written from the minutes, followed up by the organisations responsible. */
@Module({
  imports: [TypeOrmModule.forFeature([DecisionEntity, ActionEntity]), SpaceModule],
  controllers: [OutcomeController],
  providers: [OutcomeService, OutcomeRepository, OutcomeWriter],
  exports: [OutcomeService, OutcomeWriter],
})
export class OutcomeModule {}

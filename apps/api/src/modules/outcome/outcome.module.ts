import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgendaModule } from '../agenda';
import { NotificationModule } from '../notification';
import { SpaceModule } from '../space';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';
import { OutcomeBacklog } from './outcome-backlog.service';
import { OutcomeNotificationsService } from './outcome-notifications.service';
import { OutcomeWriter } from './outcome-writer.service';
import { OutcomeController } from './outcome.controller';
import { OutcomeRepository } from './outcome.repository';
import { OutcomeAccessRules } from './outcome-access.rules';
import { OutcomeService } from './outcome.service';

/** Decisions and actions as tracked records: written from the minutes, followed up by the organisations responsible. */
@Module({
  imports: [TypeOrmModule.forFeature([DecisionEntity, ActionEntity]), AgendaModule, SpaceModule, NotificationModule],
  controllers: [OutcomeController],
  providers: [OutcomeAccessRules, OutcomeService, OutcomeRepository, OutcomeWriter, OutcomeBacklog, OutcomeNotificationsService],
  exports: [OutcomeService, OutcomeWriter],
})
export class OutcomeModule {}

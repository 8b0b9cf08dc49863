import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingModule } from '../meeting';
import { OrganisationModule } from '../organisation';
import { PersonModule } from '../person';
import { AgendaBacklog } from './agenda-backlog';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaController } from './agenda.controller';
import { AgendaRepository } from './agenda.repository';
import { AgendaService } from './agenda.service';

/** The ordine del giorno of a meeting, and the backlog earlier meetings of the space left open. */
@Module({
  imports: [TypeOrmModule.forFeature([AgendaItemEntity]), MeetingModule, PersonModule, OrganisationModule],
  controllers: [AgendaController],
  providers: [AgendaService, AgendaRepository, AgendaBacklog],
  exports: [AgendaService, AgendaBacklog],
})
export class AgendaModule {}

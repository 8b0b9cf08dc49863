export { AgendaBacklog } from './agenda-backlog';
export type { BacklogCandidate, BacklogSource } from './agenda-backlog';
export type { AgendaItemEntity } from './agenda-item.entity';
export { agendaMailText } from './agenda-mail-text';
export { AGENDA_ENTITIES } from './agenda.entities';
export { toRsvpAgenda } from './agenda.mapper';
export { AgendaModule } from './agenda.module';
export { AgendaService } from './agenda.service';

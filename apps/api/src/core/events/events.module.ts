import { Global, Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { Outbox } from './outbox.service';
import { OutboxRepository } from './outbox.repository';

/** The outbox: domain events committed with their change, delivered at least once through the job queue. */
@Global()
@Module({ imports: [JobsModule], providers: [Outbox, OutboxRepository], exports: [Outbox] })
export class EventsModule {}

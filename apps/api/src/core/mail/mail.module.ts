import { Global, Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailDeliveryRepository } from './mail-delivery.repository';
import { MailQueue } from './mail-queue.service';
import { MailService } from './mail.service';

/** Mail, sent at once or through the job queue; brings the queue and the outbox along for every module. */
@Global()
@Module({
  imports: [JobsModule, EventsModule],
  providers: [MailService, MailQueue, MailDeliveryRepository],
  exports: [MailService, MailQueue, JobsModule, EventsModule],
})
export class MailModule {}

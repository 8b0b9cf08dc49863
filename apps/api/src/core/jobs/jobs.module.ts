import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** The job queue, one per application; modules declare their jobs on it while they initialise. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}

import { Module } from '@nestjs/common';
import { RetentionSweep } from './retention-sweep.service';

/** The scheduled purge of bookkeeping rows (outbox, audit trail, finished jobs); its dependencies are global. */
@Module({ providers: [RetentionSweep] })
export class RetentionModule {}

import { Global, Module } from '@nestjs/common';
import { loadRetention, RETENTION } from '../database/retention';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/**
 * The audit trail, global so that every module (and core's own identity code) records its changes in it. It also
 * reads the retention settings at start-up, so that a wrong value stops the application with its name.
 */
@Global()
@Module({
  providers: [AuditService, AuditRepository, { provide: RETENTION, useFactory: () => loadRetention() }],
  exports: [AuditService, RETENTION],
})
export class AuditTrailModule {}

import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';

/** The administrators' reading of the audit trail; the trail itself is core's (`AuditTrailModule`). */
@Module({ controllers: [AuditController] })
export class AuditModule {}

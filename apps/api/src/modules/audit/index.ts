export { AuditService, type AuditRecord } from '../../core/audit/audit.service';
export { changedFields, pick } from '../../core/audit/audit-changes';
export { AuditModule } from './audit.module';

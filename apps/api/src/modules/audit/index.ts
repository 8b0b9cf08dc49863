export { AUDIT_ENTITIES } from './audit.entities';
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';

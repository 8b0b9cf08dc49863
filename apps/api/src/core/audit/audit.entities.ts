import { AuditEntryEntity } from './audit-entry.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const AUDIT_ENTITIES = [AuditEntryEntity];

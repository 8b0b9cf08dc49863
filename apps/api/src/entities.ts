import { COLLAB_ENTITIES } from './collab/collab.entities';
import { IDENTITY_ENTITIES } from './core/identity/identity.entities';
import { RECORDS_ENTITIES } from './core/records/records.entities';
import { AGENDA_ENTITIES } from './modules/agenda/agenda.entities';
import { ATTENDANCE_ENTITIES } from './modules/attendance/attendance.entities';
import { AUDIT_ENTITIES } from './core/audit/audit.entities';
import { CALENDAR_ENTITIES } from './modules/calendar/calendar.entities';
import { DOCUMENT_ENTITIES } from './modules/document/document.entities';
import { INVITATION_ENTITIES } from './modules/invitation/invitation.entities';
import { MEETING_ENTITIES } from './modules/meeting/meeting.entities';
import { MINUTES_ENTITIES } from './modules/minutes/minutes.entities';
import { NOTIFICATION_ENTITIES } from './modules/notification/notification.entities';
import { OUTCOME_ENTITIES } from './modules/outcome/outcome.entities';
import { ORGANISATION_ENTITIES } from './modules/organisation/organisation.entities';
import { PERSON_ENTITIES } from './modules/person/person.entities';
import { PLAN_ENTITIES } from './modules/plan/plan.entities';
import { REFERENCE_ENTITIES } from './modules/reference/reference.entities';
import { SPACE_ENTITIES } from './modules/space/space.entities';

/**
 * Every entity of the schema, assembled at the application level from each part's own list, so that core never
 * imports modules and the schema check (and the migration generator) still sees them all.
 */
export const ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...INVITATION_ENTITIES,
  ...ORGANISATION_ENTITIES,
  ...PERSON_ENTITIES,
  ...SPACE_ENTITIES,
  ...REFERENCE_ENTITIES,
  ...AUDIT_ENTITIES,
  ...DOCUMENT_ENTITIES,
  ...COLLAB_ENTITIES,
  ...MEETING_ENTITIES,
  ...AGENDA_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...OUTCOME_ENTITIES,
  ...MINUTES_ENTITIES,
  ...RECORDS_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...PLAN_ENTITIES,
];

import { CollabDocumentEntity } from '../../collab/collab-document.entity';
import { CollabUpdateEntity } from '../../collab/collab-update.entity';
import { CollabVersionEntity } from '../../collab/collab-version.entity';
import { ActionEntity } from '../../modules/minutes/action.entity';
import { DecisionEntity } from '../../modules/minutes/decision.entity';
import { MinutesRemarkEntity } from '../../modules/minutes/minutes-remark.entity';
import { AgendaItemEntity } from '../../modules/meeting/agenda-item.entity';
import { CalendarFeedEntity } from '../../modules/meeting/calendar-feed.entity';
import { MeetingAttendeeEntity } from '../../modules/meeting/meeting-attendee.entity';
import { MeetingTransitionEntity } from '../../modules/meeting/meeting-transition.entity';
import { MeetingEntity } from '../../modules/meeting/meeting.entity';
import { DocumentEntity } from '../../modules/document/document.entity';
import { ApiTokenEntity } from '../auth/api-token.entity';
import { PasswordResetEntity } from '../auth/password-reset.entity';
import { SessionEntity } from '../auth/session.entity';
import { FrozenRecordEntity } from '../records/frozen-record.entity';
import { AuditEntryEntity } from '../../modules/audit/audit-entry.entity';
import { InvitationEntity } from '../../modules/invitation/invitation.entity';
import { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { PersonAffiliationEntity } from '../../modules/person/person-affiliation.entity';
import { PersonEntity } from '../../modules/person/person.entity';
import { ReferenceItemEntity } from '../../modules/reference/reference-item.entity';
import { SpaceMemberEntity } from '../../modules/space/space-member.entity';
import { SpaceEntity } from '../../modules/space/space.entity';
import { UserEntity } from '../../modules/user/user.entity';

/** Every entity of the schema, in one place, so that the schema check sees them all. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  InvitationEntity,
  OrganisationEntity,
  PersonEntity,
  PersonAffiliationEntity,
  SpaceEntity,
  SpaceMemberEntity,
  ReferenceItemEntity,
  AuditEntryEntity,
  ApiTokenEntity,
  DocumentEntity,
  CollabDocumentEntity,
  CollabUpdateEntity,
  CollabVersionEntity,
  MeetingEntity,
  MeetingTransitionEntity,
  AgendaItemEntity,
  MeetingAttendeeEntity,
  CalendarFeedEntity,
  DecisionEntity,
  ActionEntity,
  MinutesRemarkEntity,
  FrozenRecordEntity,
];

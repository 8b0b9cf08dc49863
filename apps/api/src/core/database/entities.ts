import { PasswordResetEntity } from '../auth/password-reset.entity';
import { SessionEntity } from '../auth/session.entity';
import { InvitationEntity } from '../../modules/invitation/invitation.entity';
import { OrganisationEntity } from '../../modules/organisation/organisation.entity';
import { PersonEntity } from '../../modules/person/person.entity';
import { UserEntity } from '../../modules/user/user.entity';

/** Every entity of the schema, in one place, so that the schema check sees them all. */
export const ENTITIES = [UserEntity, SessionEntity, PasswordResetEntity, InvitationEntity, OrganisationEntity, PersonEntity];

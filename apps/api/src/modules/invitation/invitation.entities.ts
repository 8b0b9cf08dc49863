import { InvitationEntity } from './invitation.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const INVITATION_ENTITIES = [InvitationEntity];

export { INVITATION_ENTITIES } from './invitation.entities';
export type { InvitationEntity } from './invitation.entity';
export { toInvitation } from './invitation.mapper';
export { InvitationModule } from './invitation.module';
export { InvitationService } from './invitation.service';

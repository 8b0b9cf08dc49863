export type { SpaceMemberEntity } from './space-member.entity';
export { SPACE_ENTITIES } from './space.entities';
export type { SpaceEntity } from './space.entity';
export { SpaceModule } from './space.module';
export { SpaceService } from './space.service';

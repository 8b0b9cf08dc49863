import { SpaceMemberEntity } from './space-member.entity';
import { SpaceEntity } from './space.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const SPACE_ENTITIES = [SpaceEntity, SpaceMemberEntity];

import { ApiTokenEntity } from './api-token.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, PasswordResetEntity, ApiTokenEntity];

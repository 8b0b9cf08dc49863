import type { UserEntity } from '../../modules/user/user.entity';

/** Who is calling: the authenticated user and, for cookie logins, the session in use. */
export interface Actor {
  user: UserEntity;
  sessionId: string | null;
  /** Filled lazily by the access service: the registry person linked to the account (null: none). */
  personId?: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    id?: string;
  }
}

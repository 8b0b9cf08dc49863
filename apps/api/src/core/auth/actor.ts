import type { UserEntity } from '../identity/user.entity';

/** Who is calling: the authenticated user and the credential in use (a cookie's session or an API token). */
export interface Actor {
  user: UserEntity;
  sessionId: string | null;
  /** For API-token callers: the token, so that revoking it ends that token's open sockets only. */
  tokenId?: string | null;
  /** Filled lazily by the access service: the registry person linked to the account (null: none). */
  personId?: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    id?: string;
  }
}

/** Version of the collaboration wire protocol (see docs/collab-protocol.md). A new major refuses old clients. */
export const PROTOCOL_VERSION = 1;

/** socket.io namespace that serves shared documents. */
export const COLLAB_NAMESPACE = '/collab';

/** Event names: the only place they are spelled. */
export const CLIENT_EVENTS = {
  join: 'doc:join',
  update: 'doc:update',
  leave: 'doc:leave',
  awareness: 'awareness:update',
} as const;

export const SERVER_EVENTS = {
  update: 'doc:update',
  awareness: 'awareness:update',
  closed: 'doc:closed',
  /** Rights on a joined document changed without ending (added within version 1). */
  access: 'doc:access',
} as const;

export const COLLAB_ERROR_CODES = ['not_found', 'forbidden', 'invalid', 'not_joined', 'read_only', 'invalid_update', 'too_large', 'rate_limited'] as const;
export type CollabErrorCode = (typeof COLLAB_ERROR_CODES)[number];

/** Messages of a failed handshake (`connect_error`). */
export const HANDSHAKE_ERRORS = { unauthorized: 'unauthorized', protocolVersion: 'protocol_version' } as const;

export const DOC_CLOSED_CODES = ['access_revoked', 'deleted', 'shutdown'] as const;
export type DocClosedCode = (typeof DOC_CLOSED_CODES)[number];

export type DocAccess = 'read' | 'write';

/**
 * Why rights on open sockets changed, carried by `doc:access` (`reason`) and `doc:closed` (optional `reason`), so
 * that a client can say it in its own language; `message` stays the English sentence.
 */
export const ACCESS_CHANGE_REASONS = [
  'session_ended',
  'token_revoked',
  'account_disabled',
  'person_erased',
  'membership_changed',
  'document_archived',
  'space_archived',
  'document_final',
  'rights_changed',
] as const;
export type AccessChangeReason = (typeof ACCESS_CHANGE_REASONS)[number];

export const ACCESS_CHANGE_MESSAGES: Record<AccessChangeReason, string> = {
  session_ended: 'Your session has ended',
  token_revoked: 'The API token of this connection was revoked',
  account_disabled: 'Your account was deactivated',
  person_erased: "This person's data was erased",
  membership_changed: 'Your membership of the space changed',
  document_archived: 'The document was archived',
  space_archived: 'The space was archived',
  document_final: 'The document is final',
  rights_changed: 'Your rights on this document changed',
};

export interface CollabFailure {
  ok: false;
  error: { code: CollabErrorCode; message: string };
}

export interface JoinSuccess {
  ok: true;
  access: DocAccess;
  /** What the client lacks, as a Yjs update. */
  update: Uint8Array;
  /** The server's state vector, so that the client can push what the server lacks. */
  stateVector: Uint8Array;
  /** The last committed sequence number of the document. */
  seq: number;
}

export interface UpdateSuccess {
  ok: true;
  seq: number;
}

export type JoinAck = JoinSuccess | CollabFailure;
export type UpdateAck = UpdateSuccess | CollabFailure;
export type SimpleAck = { ok: true } | CollabFailure;

export interface ServerUpdate {
  docId: string;
  seq: number;
  update: Uint8Array;
}

export interface ServerAwareness {
  docId: string;
  update: Uint8Array;
}

export interface DocClosed {
  docId: string;
  code: DocClosedCode;
  message: string;
  /** With `access_revoked`: why (an optional addition within version 1). */
  reason?: AccessChangeReason;
}

export interface DocAccessChanged {
  docId: string;
  access: DocAccess;
  reason: AccessChangeReason;
}

/** Presence carried in the awareness state under `user`. */
export interface PresenceUser {
  id: string;
  name: string;
  organisation: string | null;
  color: string;
}

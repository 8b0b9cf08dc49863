import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a socket is, as the server knows it: presence carries this, never what the client claims. */
export interface PresenceIdentity {
  id: string;
  name: string;
  organisation: string | null;
}

/**
 * Rewrites an awareness update (already checked to be well formed) so that every state's `user` names the socket's
 * own person and organisation: a client may choose its colour and cursor, not whom it appears to be. A state
 * without `user` stays without one; a removal (null state) stays a removal. Returns null when the update speaks for
 * an awareness client that another connection announced (it would overwrite that person's presence).
 */
export function withServerIdentity(update: Uint8Array, identity: PresenceIdentity, isForeignClient: (clientId: number) => boolean): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = JSON.parse(decoding.readVarString(decoder)) as unknown;
    if (isForeignClient(clientId)) return null;
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(rewriteState(state, identity)));
  }
  return encoding.toUint8Array(encoder);
}

const HEX_COLOR = /^#[0-9a-f]{3,8}$/i;

function rewriteState(state: unknown, identity: PresenceIdentity): unknown {
  if (typeof state !== 'object' || state === null || !('user' in state)) return state;
  const claimed = (state as { user: unknown }).user;
  const claimedColor = typeof claimed === 'object' && claimed !== null ? (claimed as { color?: unknown }).color : undefined;
  // The colour is the client's choice, but only as a colour: it ends up in other people's style attributes.
  const color = typeof claimedColor === 'string' && HEX_COLOR.test(claimedColor) ? claimedColor : undefined;
  return { ...state, user: { ...(color !== undefined ? { color } : {}), id: identity.id, name: identity.name, organisation: identity.organisation } };
}

/** Version of the collaboration wire protocol (see COLLAB-PROTOCOL.md). */
export const PROTOCOL_VERSION = 1;
/** socket.io namespace that serves shared documents. */
export const COLLAB_NAMESPACE = '/collab';

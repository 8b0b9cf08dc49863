import { createRequire } from 'node:module';
// Hocuspocus is ESM and brings Yjs's ESM build; our client library is CommonJS with Yjs's CJS build.
// Each Y.Doc must be made by the build its library uses, hence two imports.
import * as YEsm from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';

const require = createRequire(import.meta.url);
const { CollabClient } = require('../../libs/collab/dist/index.js');
const YCjs = require('yjs');

const waitFor = async (check, ms = 60_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 5));
  }
};

/** One of our clients: returns { ydoc, close, onAck(fn) } once synced. */
export async function ourClient(url, cookie, docId) {
  const client = new CollabClient({ url, cookie });
  const ydoc = new YCjs.Doc();
  const session = client.open(docId, ydoc);
  await waitFor(() => session.status === 'synced');
  let last = 0;
  const ackListeners = [];
  session.on('pending', (n) => {
    if (n < last) for (const fn of ackListeners) fn(last - n);
    last = n;
  });
  return { ydoc, session, onAck: (fn) => ackListeners.push(fn), close: () => client.close() };
}

/** A Hocuspocus client on the same kind of document. */
export async function hocuspocusClient(url, name) {
  const ydoc = new YEsm.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider, name, document: ydoc });
  provider.attach();
  await waitFor(() => provider.isSynced);
  return {
    ydoc,
    onAck: () => undefined,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

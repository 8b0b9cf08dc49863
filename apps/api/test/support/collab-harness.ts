import type { NestExpressApplication } from '@nestjs/platform-express';
import { CollabClient } from '@cantiere/collab';
import type { DocSession } from '@cantiere/collab';
import * as Y from 'yjs';
import { TEST_PASSWORD, createUser, memberOf } from './factories';
import type { TestApp } from './test-app';

/** Listens on a free port so that real socket.io clients can connect; returns the base URL. */
export async function listen(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

export async function sessionCookie(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

/** A space with a document in it, and a writer (space member) who can open it. */
export async function documentFixture(t: TestApp, baseUrl: string) {
  const admin = await createUser(t, { role: 'admin' });
  const adminCookie = await sessionCookie(baseUrl, admin.email);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test fixtures read ids back from responses
  const post = async (path: string, body: unknown, cookie = adminCookie): Promise<any> => {
    const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    const json = await res.json();
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const org = (await post('/api/organisations', { name: `Org ${Math.random().toString(36).slice(2, 8)}`, type: 'aps' })).organisation;
  const space = (await post('/api/spaces', { name: 'Tavolo di prova', kind: 'thematic_table', visibility: 'members' })).space;
  const writer = await memberOf(t, org.id);
  await post(`/api/spaces/${space.id}/members`, { organisationId: org.id, personId: writer.person.id, role: 'member' });
  const writerCookie = await sessionCookie(baseUrl, writer.user.email);
  const document = (await post('/api/documents', { spaceId: space.id, title: 'Verbale di prova', kind: 'working_note' }, writerCookie)).document;
  return { admin, adminCookie, org, space, writer, writerCookie, document, docId: document.docId as string, post };
}

export interface OpenDoc {
  client: CollabClient;
  session: DocSession;
  ydoc: Y.Doc;
}

export async function openDoc(baseUrl: string, auth: { cookie?: string; token?: string }, docId: string, ydoc = new Y.Doc()): Promise<OpenDoc> {
  const client = new CollabClient({ url: baseUrl, ...auth, ackTimeoutMs: 5_000 });
  const session = client.open(docId, ydoc);
  await waitFor(() => session.status === 'synced' || session.lastError !== null, 10_000, 'join');
  return { client, session, ydoc };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition') {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
export const textOf = (doc: Y.Doc) => doc.getText('t').toString();

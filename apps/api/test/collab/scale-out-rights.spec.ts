import { SERVER_EVENTS } from '@cantiere/collab';
import type { DocAccessChanged, DocClosed } from '@cantiere/collab';
import { CollabFanout } from '../../src/collab/collab-fanout';
import { documentFixture, listen, openDoc, OpenDoc, waitFor } from '../support/collab-harness';
import { apiClient } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  // The per-person access messages travel through Redis; .ci/run sets REDIS_URL so that these run there.
  console.warn('cross-instance socket rights tests skipped: REDIS_URL is not set');
}
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('collaboration: rights on open sockets across instances', () => {
  const RECHECK_MS = 500;
  let first: TestApp;
  let second: TestApp;
  let firstUrl: string;
  let secondUrl: string;
  const opened: OpenDoc[] = [];
  beforeAll(async () => {
    // Neither re-checks on its own within a test: what reaches the second instance is the message.
    first = await startTestApp({ REDIS_URL: redisUrl!, SOCKET_RECHECK_MS: '60000' });
    second = await startTestApp({ REDIS_URL: redisUrl!, SOCKET_RECHECK_MS: '60000' }, first);
    firstUrl = await listen(first.app);
    secondUrl = await listen(second.app);
  });
  afterEach(() => opened.splice(0).forEach((o) => o.client.close()));
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  const told = (o: OpenDoc) => {
    const closed: DocClosed[] = [];
    const access: DocAccessChanged[] = [];
    o.client.socket.on(SERVER_EVENTS.closed, (m: DocClosed) => closed.push(m));
    o.client.socket.on(SERVER_EVENTS.access, (m: DocAccessChanged) => access.push(m));
    return { closed, access };
  };

  it('an account deactivated on one instance loses its sockets on the other at once, told why', async () => {
    const f = await documentFixture(first, firstUrl);
    const elsewhere = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(elsewhere);
    const heard = told(elsewhere);
    expect((await apiClient(firstUrl)('POST', `/api/users/${f.writer.user.id}/deactivate`, f.adminCookie)).status).toBe(200);
    await waitFor(() => heard.closed.length === 1, 5_000, 'doc:closed on the other instance');
    // The reason comes with the message (a re-check would have found only an ended session).
    expect(heard.closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'account_disabled' });
  });

  it('a membership removed on one instance closes the document on the other, telling why', async () => {
    const f = await documentFixture(first, firstUrl);
    const elsewhere = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(elsewhere);
    const heard = told(elsewhere);
    const memberId = (await first.dataSource.query('SELECT id FROM space_members WHERE person_id = $1', [f.writer.person.id]))[0].id;
    expect((await apiClient(firstUrl)('DELETE', `/api/spaces/${f.space.id}/members/${memberId}`, f.adminCookie)).status).toBe(204);
    await waitFor(() => heard.closed.length === 1, 5_000, 'doc:closed on the other instance');
    expect(heard.closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'membership_changed' });
  });

  it('a document archived on one instance turns its writers on the other read-only', async () => {
    const f = await documentFixture(first, firstUrl);
    const elsewhere = await openDoc(secondUrl, { cookie: f.writerCookie }, f.docId);
    opened.push(elsewhere);
    const heard = told(elsewhere);
    expect((await apiClient(firstUrl)('PATCH', `/api/documents/${f.document.id}`, f.adminCookie, { archived: true })).status).toBe(200);
    await waitFor(() => heard.access.length === 1, 5_000, 'doc:access on the other instance');
    expect(heard.access[0]).toEqual({ docId: f.docId, access: 'read', reason: 'document_archived' });
  });

  it("when the message is lost, the other instance's periodic re-check still closes the socket", async () => {
    const sweeping = await startTestApp({ REDIS_URL: redisUrl!, SOCKET_RECHECK_MS: String(RECHECK_MS) }, first);
    try {
      const sweepingUrl = await listen(sweeping.app);
      const f = await documentFixture(first, firstUrl);
      const elsewhere = await openDoc(sweepingUrl, { cookie: f.writerCookie }, f.docId);
      opened.push(elsewhere);
      const heard = told(elsewhere);
      first.app.get(CollabFanout).dropNextAccessPublishes = 1;
      expect((await apiClient(firstUrl)('POST', '/api/auth/logout', f.writerCookie)).status).toBe(204);
      expect(first.app.get(CollabFanout).dropNextAccessPublishes).toBe(0);
      await waitFor(() => heard.closed.length === 1, RECHECK_MS * 10, 'doc:closed from the re-check');
      expect(heard.closed[0]).toMatchObject({ docId: f.docId, code: 'access_revoked', reason: 'session_ended' });
    } finally {
      opened.splice(0).forEach((o) => o.client.close());
      await sweeping.close();
    }
  });
});

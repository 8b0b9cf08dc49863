import { CLIENT_EVENTS, COLLAB_NAMESPACE, MEETING_LIVE_CLIENT_EVENTS, MEETING_LIVE_NAMESPACE, PROTOCOL_VERSION, docIdOf } from '@cantiere/collab';
import type { Permission } from '@cantiere/domain';
import { io, type Socket } from 'socket.io-client';
import { AccessService } from '../../src/core/access/access.service';
import type { PermissionCheck } from '../../src/core/access/permission-registry';
import { listen, sessionCookie } from '../support/collab-harness';
import { seedGraph, type SeededGraph } from '../support/fuzz-seed';
import { servedRoutes, type ServedRoute } from '../support/route-table';
import { startTestApp, type TestApp } from '../support/test-app';

/** Routes anyone reaches without an account: the anonymous-access test proves the list; they decide by their token. */
const PUBLIC = new Set([
  'GET /api/auth/invitations/:token',
  'GET /api/calendar/:file',
  'GET /api/health',
  'GET /api/rsvp/:token',
  'POST /api/auth/invitations/:token/accept',
  'POST /api/auth/login',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/password-reset/request',
  'PUT /api/rsvp/:token',
  'GET /api/unsubscribe/:token',
  'POST /api/unsubscribe/:token',
]);

/**
 * Routes that need no right: they act only on the caller's own account (nothing of anyone else's to be allowed), or
 * read what every account reads. Each with the reason; a listed route that starts checking fails the walk.
 */
const UNCHECKED: Record<string, string> = {
  'GET /api/auth/me': "the caller's own account",
  'POST /api/auth/logout': "ends the caller's own session",
  'GET /api/account/sessions': "lists the caller's own sessions",
  'DELETE /api/account/sessions/:id': "ends one of the caller's own sessions (another's reads as not found)",
  'GET /api/account/tokens': "lists the caller's own API tokens",
  'POST /api/account/tokens': 'creates an API token for the caller',
  'DELETE /api/account/tokens/:id': "revokes one of the caller's own tokens (another's reads as not found)",
  'GET /api/account/calendar-feed': "the caller's own calendar feed",
  'POST /api/account/calendar-feed': "creates the caller's own calendar feed",
  'DELETE /api/account/calendar-feed': "ends the caller's own calendar feed",
  'PATCH /api/account': "changes the caller's own name and language",
  'POST /api/account/password': "changes the caller's own password",
  'GET /api/reference-lists/:kind': 'reference lists (thematic areas, comuni) are read by every account to fill forms',
  'GET /api/organisations/export.csv': "the network's registry of organisations is read by every account, as GET /api/organisations",
  'GET /api/notifications': "lists the caller's own notifications",
  'GET /api/notifications/unread-count': "counts the caller's own unread notifications",
  'POST /api/notifications/:id/read': "marks one of the caller's own notifications read (another's reads as not found)",
  'POST /api/notifications/read-all': "marks the caller's own notifications read",
  'GET /api/notifications/preferences': "the caller's own notification preferences",
  'PUT /api/notifications/preferences': "changes the caller's own notification preferences",
};

/** Query strings for the routes that refuse to run without one. */
const QUERIES: Record<string, (ids: SeededGraph['ids']) => string> = {
  'GET /api/documents': (ids) => `spaceId=${ids.space}`,
  'GET /api/mention-candidates': (ids) => `docId=document:${ids.document}`,
  'GET /api/plans': (ids) => `spaceId=${ids.space}`,
  'GET /api/plans/:id/monitoring-report.docx': () => 'year=2026',
};

/** Valid bodies for the routes whose empty body is refused before the service runs (so before any check). */
const BODIES: Record<string, (ids: SeededGraph['ids']) => unknown> = {
  'PUT /api/notifications/follows': (ids) => ({ subjectType: 'space', subjectId: ids.space, following: true }),
  'POST /api/invitations': () => ({ email: 'cammino@example.org', name: 'Camilla Cammino' }),
  'POST /api/reference-lists/:kind': () => ({ code: 'cammino', labelIt: 'Cammino', labelEn: 'Walk' }),
  'PATCH /api/reference-lists/:kind/:code': () => ({ labelIt: 'Cammino' }),
  'POST /api/organisations': () => ({ name: 'Associazione Cammino', type: 'aps' }),
  'POST /api/people': (ids) => ({ firstName: 'Camilla', lastName: 'Cammino', affiliations: [{ organisationId: ids.organisation, role: 'volunteer' }] }),
  'POST /api/spaces': () => ({ name: 'Tavolo del cammino', kind: 'thematic_table' }),
  'POST /api/spaces/:id/members': (ids) => ({ organisationId: ids.organisation, personId: ids.person, role: 'member' }),
  'PATCH /api/spaces/:id/members/:memberId': () => ({ role: 'observer' }),
  'POST /api/documents': (ids) => ({ spaceId: ids.space, title: 'Nota del cammino', kind: 'working_note' }),
  'PATCH /api/documents/:id': () => ({ title: 'Nota del cammino' }),
  'POST /api/documents/:id/versions': () => ({ name: 'Versione del cammino' }),
  'POST /api/meetings': (ids) => ({
    spaceId: ids.space,
    title: 'Seduta del cammino',
    kind: 'thematic_table',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString(),
  }),
  'PATCH /api/meetings/:id': () => ({ title: 'Seduta del cammino' }),
  'POST /api/plans': (ids) => ({ spaceId: ids.space, title: 'Piano del cammino', startYear: 2025, endYear: 2027 }),
  'PATCH /api/plans/:id': () => ({ title: 'Piano del cammino' }),
  'POST /api/plans/:id/transitions': () => ({ transition: 'submit' }),
  'POST /api/plans/:id/adoption': () => ({ body: 'Assemblea dei Sindaci', number: '1/2025', date: '2025-01-15' }),
  'POST /api/plans/:id/actions/:actionId/updates': () => ({ progress: 10 }),
  'POST /api/plans/:id/indicators/:indicatorId/observations': () => ({ date: '2025-06-30', value: 1 }),
  'POST /api/plans/:id/comments': (ids) => ({ recordKind: 'action', recordId: ids.plan, body: 'Commento del cammino' }),
  'PATCH /api/plans/:id/comments/:commentId': () => ({ body: 'Commento del cammino' }),
  'POST /api/plans/:id/comments/:commentId/resolution': () => ({ resolved: true }),
  'POST /api/meetings/:id/transitions': () => ({ transition: 'start' }),
  'POST /api/meetings/:id/agenda-items': () => ({ title: 'Punto del cammino', kind: 'discussion', plannedMinutes: 10 }),
  'PUT /api/meetings/:id/agenda-items/order': (ids) => ({ itemIds: [ids.agendaItem] }),
  'PATCH /api/meetings/:id/agenda-items/:itemId': () => ({ title: 'Punto del cammino' }),
  'POST /api/meetings/:id/attendance': (ids) => ({ organisationId: ids.organisation, personId: ids.person }),
  'PATCH /api/meetings/:id/attendance/:entryId': () => ({ status: 'present' }),
  'PUT /api/meetings/:id/rsvp': () => ({ response: 'attending' }),
  'POST /api/meetings/:id/run': () => ({ action: 'next' }),
  'PATCH /api/actions/:id': () => ({ status: 'done' }),
  'POST /api/meetings/:id/minutes/remarks': () => ({ kind: 'comment', text: 'Osservazione del cammino' }),
  'POST /api/meetings/:id/minutes/remarks/:remarkId/resolution': () => ({ resolution: 'accepted' }),
};

/** Which record each path parameter names, by the segment before it (as the fuzz test resolves them). */
const pathFor = (route: ServedRoute, ids: SeededGraph['ids'] & { user: string }) => {
  const known: Record<string, string> = {
    'sessions/:id': ids.otherSession,
    'tokens/:id': ids.apiToken,
    'invitations/:id': ids.invitation,
    'invitations/:token': ids.invitationToken,
    'reference-lists/:kind': 'thematic_area',
    ':kind/:code': ids.thematicArea,
    'organisations/:id': ids.organisation,
    'people/:id': ids.person,
    'spaces/:id': ids.space,
    'members/:memberId': ids.membership,
    'documents/:id': ids.document,
    'versions/:versionId': ids.version,
    'plans/:id': /:actionId|:indicatorId/.test(route.path) ? ids.monitoredPlan : ids.plan,
    'actions/:actionId': ids.planAction,
    'indicators/:indicatorId': ids.planIndicator,
    'comments/:commentId': ids.planComment,
    'meetings/:id': route.path.includes('/minutes') ? ids.reviewedMeeting : ids.meeting,
    'agenda-items/:itemId': ids.agendaItem,
    'attendance/:entryId': ids.attendanceEntry,
    'remarks/:remarkId': ids.remark,
    'rsvp/:token': ids.rsvpToken,
    'calendar/:file': ids.feedFile,
    'actions/:id': ids.action,
    'users/:id': ids.user,
    'deliveries/:deliveryId': ids.delivery,
    'notifications/:id': ids.notification,
    'unsubscribe/:token': ids.unsubscribeToken,
  };
  const segments = route.path.split('/');
  return segments
    .map((s, i) => {
      if (!s.startsWith(':')) return s;
      const value = known[`${segments[i - 1]}/${s}`];
      if (value === undefined) throw new Error(`no id for ${segments[i - 1]}/${s} in ${route.path}: add it to the walker`);
      return encodeURIComponent(value);
    })
    .join('/');
};

/** Reads first, then changes, then what ends sessions, so that the walking account keeps its session to the end. */
const ENDS_SESSION = /\/(logout|sessions\/:id|sessions)$/;
const order = (r: ServedRoute) => (ENDS_SESSION.test(r.path) && r.method !== 'get' ? 2 : r.method === 'get' ? 0 : 1);

describe('every route and socket event goes through a permission check', () => {
  let t: TestApp;
  let baseUrl: string;
  let seed: SeededGraph;
  let checks: PermissionCheck[] = [];
  let stop: () => void;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '10000' });
    baseUrl = await listen(t.app);
    seed = await seedGraph(t, baseUrl);
    stop = t.app.get(AccessService).observe((c) => checks.push(c));
  }, 90_000);
  afterAll(async () => {
    stop?.();
    await t?.close();
  });

  it('walks every served route as an authenticated outsider and sees a check, unless the route is public or self-only', async () => {
    const routes = servedRoutes(t.app).sort((a, b) => order(a) - order(b));
    expect(routes.length).toBeGreaterThanOrEqual(90);
    const outsiderEmail = seed.f.outsider.user.email as string;
    let cookie = await sessionCookie(baseUrl, outsiderEmail);
    const unchecked: string[] = [];
    const walked: Record<string, Permission[]> = {};
    for (const route of routes) {
      const label = `${route.method.toUpperCase()} ${route.path}`;
      if (PUBLIC.has(label)) continue;
      if ((await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } })).status !== 200) cookie = await sessionCookie(baseUrl, outsiderEmail);
      const send = async (body: unknown) => {
        checks = [];
        const query = QUERIES[label] ? `?${QUERIES[label](seed.ids)}` : '';
        const res = await fetch(`${baseUrl}${pathFor(route, { ...seed.ids, user: seed.f.member.user.id as string })}${query}`, {
          method: route.method.toUpperCase(),
          headers: { cookie, 'content-type': 'application/json', origin: 'http://cantiere.test' },
          body: route.method === 'get' ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        return { status: res.status, text, seen: checks.map((c) => c.permission) };
      };
      let res = await send({});
      if (res.seen.length === 0 && res.status === 400 && BODIES[label]) res = await send(BODIES[label](seed.ids));
      if (UNCHECKED[label]) {
        // A listed route checks nothing: if it starts checking, it belongs in the walk, not in the list.
        if (res.seen.length > 0) unchecked.push(`${label}: listed as needing no right but checks ${res.seen.join(', ')}`);
        continue;
      }
      if (res.seen.length === 0) unchecked.push(`${label}: ${res.status} ${res.text.slice(0, 160)}`);
      else walked[label] = [...new Set(res.seen)];
    }
    expect(unchecked).toEqual([]);
    expect(Object.keys(walked).length + Object.keys(UNCHECKED).length + PUBLIC.size).toBe(routes.length);
    // Every listed route is still served: a list that names nothing proves nothing.
    const served = new Set(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`));
    expect([...PUBLIC, ...Object.keys(UNCHECKED), ...Object.keys(BODIES), ...Object.keys(QUERIES)].filter((r) => !served.has(r))).toEqual([]);
  }, 120_000);

  it('checks a right on every socket event that names a resource, and refuses the others on anything not joined', async () => {
    const outsider = await sessionCookie(baseUrl, seed.f.outsider.user.email as string);
    const connect = (path: string): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const socket = io(`${baseUrl}${path}`, {
          auth: { protocolVersion: PROTOCOL_VERSION },
          extraHeaders: { cookie: outsider },
          transports: ['websocket'],
          forceNew: true,
        });
        socket.on('connect', () => resolve(socket));
        socket.on('connect_error', reject);
      });
    const collab = await connect(COLLAB_NAMESPACE);
    const live = await connect(MEETING_LIVE_NAMESPACE);
    try {
      const minutes = docIdOf('minutes', seed.ids.reviewedMeeting);
      const emit = async (socket: Socket, event: string, payload: unknown) => {
        checks = [];
        let answer: unknown = 'no answer';
        if (event === MEETING_LIVE_CLIENT_EVENTS.unwatch) {
          // Fire and forget by protocol: the watch that follows proves the server went on.
          socket.emit(event, payload);
          await socket.timeout(5_000).emitWithAck(MEETING_LIVE_CLIENT_EVENTS.watch, {});
        } else answer = await socket.timeout(5_000).emitWithAck(event, payload);
        return { answer, seen: [...new Set(checks.map((c) => c.permission))] };
      };
      const results: Record<string, unknown> = {};
      for (const event of Object.values(CLIENT_EVENTS)) {
        const payload =
          event === CLIENT_EVENTS.join
            ? { docId: minutes, stateVector: new Uint8Array([0]) }
            : event === CLIENT_EVENTS.update
              ? { docId: minutes, msgId: 'walker-1', update: new Uint8Array([0, 0]) }
              : { docId: minutes, update: new Uint8Array([0]) };
        results[event] = await emit(collab, event, payload);
      }
      for (const event of Object.values(MEETING_LIVE_CLIENT_EVENTS)) results[event] = await emit(live, event, { meetingId: seed.ids.reviewedMeeting });
      const refused = (code: string, message: string) => ({ ok: false, error: { code, message } });
      // Joining and watching name a document or meeting: the outsider is judged, and told it does not exist.
      // Updates and awareness act only on a document joined after a check (and re-judged on every change of rights);
      // leaving and unwatching only take the caller out of a room.
      expect(results).toEqual({
        [CLIENT_EVENTS.join]: { answer: refused('not_found', 'No such document'), seen: ['meeting.read', 'space.read'] },
        [CLIENT_EVENTS.update]: { answer: refused('not_joined', 'Join the document first'), seen: [] },
        [CLIENT_EVENTS.awareness]: { answer: refused('not_joined', 'Join the document first'), seen: [] },
        [CLIENT_EVENTS.leave]: { answer: { ok: true }, seen: [] },
        [MEETING_LIVE_CLIENT_EVENTS.watch]: { answer: refused('not_found', 'No such meeting'), seen: ['meeting.read', 'space.read'] },
        [MEETING_LIVE_CLIENT_EVENTS.unwatch]: { answer: 'no answer', seen: [] },
      });
    } finally {
      collab.close();
      live.close();
    }
  });
});

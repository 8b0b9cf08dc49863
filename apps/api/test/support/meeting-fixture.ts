import crypto from 'node:crypto';
import { createUser, memberOf } from './factories';
import { sessionCookie } from './collab-harness';
import { settleJobs } from './jobs';
import type { TestApp } from './test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field in the tests
export type Json = any;

export function apiClient(baseUrl: string) {
  return async (
    method: string,
    path: string,
    cookie: string | null,
    body?: unknown,
  ): Promise<{ status: number; body: Json; text: string; headers: Headers }> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: Json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, body: json, text, headers: res.headers };
  };
}

/**
 * An instant `days` after today in Rome, at `hh:mm` UTC (the same calendar day in Rome for the afternoon hours the
 * tests use), so that tests never convene a meeting in the past. Days count in Rome, as the reminder jobs count
 * them: between midnight in Rome and midnight UTC, "tomorrow" by the UTC date was today in Rome.
 */
export function daysFromNow(days: number, hh = 15, mm = 0): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return new Date(Date.UTC(y, m - 1, d + days, hh, mm));
}

/**
 * A members-only thematic table with a majority quorum and three member organisations: a facilitator (org A),
 * two members (orgs B and C), plus an outsider with an account but no role in the space.
 */
export async function meetingFixture(t: TestApp, baseUrl: string) {
  const call = apiClient(baseUrl);
  const admin = await createUser(t, { role: 'admin' });
  const adminCookie = await sessionCookie(baseUrl, admin.email);
  const ok = async (method: string, path: string, cookie: string, body?: unknown): Promise<Json> => {
    const res = await call(method, path, cookie, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  const tag = crypto.randomBytes(3).toString('hex');
  const orgs = [];
  for (const name of ['Caritas', 'Cooperativa Il Cerchio', 'ACLI'])
    orgs.push((await ok('POST', '/api/organisations', adminCookie, { name: `${name} ${tag}`, type: 'aps' })).organisation);
  const space = (
    await ok('POST', '/api/spaces', adminCookie, {
      name: `Tavolo povertà alimentare ${tag}`,
      kind: 'thematic_table',
      visibility: 'members',
      quorum: { kind: 'majority' },
    })
  ).space;
  const facilitator = await memberOf(t, orgs[0].id);
  const member = await memberOf(t, orgs[1].id);
  const third = await memberOf(t, orgs[2].id);
  const outsider = await memberOf(t, orgs[2].id);
  await ok('POST', `/api/spaces/${space.id}/members`, adminCookie, { organisationId: orgs[0].id, personId: facilitator.person.id, role: 'facilitator' });
  await ok('POST', `/api/spaces/${space.id}/members`, adminCookie, { organisationId: orgs[1].id, personId: member.person.id, role: 'member' });
  await ok('POST', `/api/spaces/${space.id}/members`, adminCookie, { organisationId: orgs[2].id, personId: third.person.id, role: 'member' });
  const cookies = {
    admin: adminCookie,
    facilitator: await sessionCookie(baseUrl, facilitator.user.email),
    member: await sessionCookie(baseUrl, member.user.email),
    third: await sessionCookie(baseUrl, third.user.email),
    outsider: await sessionCookie(baseUrl, outsider.user.email),
  };
  const meetingInput = (overrides: Record<string, unknown> = {}) => ({
    spaceId: space.id,
    title: 'Buoni spesa: criteri del nuovo avviso',
    kind: 'thematic_table',
    startsAt: daysFromNow(7, 15).toISOString(),
    endsAt: daysFromNow(7, 17).toISOString(),
    place: 'Sala Zanoni, via del Vecchio Passeggio 1, Cremona',
    chairPersonId: facilitator.person.id,
    minuteTakerPersonId: facilitator.person.id,
    ...overrides,
  });
  /** A meeting with two agenda items, convened; returns its id and the item ids. */
  const convenedMeeting = async (overrides: Record<string, unknown> = {}) => {
    const meeting = (await ok('POST', '/api/meetings', cookies.facilitator, meetingInput(overrides))).meeting;
    await ok('POST', `/api/meetings/${meeting.id}/agenda-items`, cookies.facilitator, {
      title: 'Approvazione del verbale precedente',
      kind: 'decision',
      plannedMinutes: 10,
    });
    const agenda = await ok('POST', `/api/meetings/${meeting.id}/agenda-items`, cookies.facilitator, {
      title: 'Criteri di accesso ai buoni spesa',
      kind: 'discussion',
      plannedMinutes: 60,
    });
    await ok('POST', `/api/meetings/${meeting.id}/transitions`, cookies.facilitator, { transition: 'convene' });
    // The convocation leaves through jobs: a test starts from a meeting whose mails are out.
    await settleJobs(t.dataSource);
    return { meeting, items: agenda.agenda.items as Json[] };
  };
  return { call, ok, orgs, space, facilitator, member, third, outsider, cookies, meetingInput, convenedMeeting };
}

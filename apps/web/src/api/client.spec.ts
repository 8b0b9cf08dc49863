import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  agendaRoutes,
  authRoutes,
  meetingRoutes,
  organisationRoutes,
  type ImportReport,
  type Meeting,
  type MeResponse,
  type Page,
  type Organisation,
} from '@cantiere/domain';
import { ApiError, call, type RouteRef, routeUrl } from './client';

const answer = (status: number, body?: unknown) =>
  vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('call', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills the path params from the table and answers the typed response', async () => {
    const fetch = answer(200, { meeting: { id: 'm1' } });
    vi.stubGlobal('fetch', fetch);
    const res = await call(meetingRoutes.get, { params: { id: 'a b/1' } });
    expect(fetch).toHaveBeenCalledWith('/api/meetings/a%20b%2F1', {
      method: 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: undefined,
    });
    expect(res).toEqual({ meeting: { id: 'm1' } });
    expectTypeOf(res).toEqualTypeOf<{ meeting: Meeting }>();
  });

  it('sends the body as JSON with the route method', async () => {
    const fetch = answer(200, { items: [] });
    vi.stubGlobal('fetch', fetch);
    await call(agendaRoutes.reorder, { params: { id: 'm1' }, body: { itemIds: ['i2', 'i1'] } });
    expect(fetch).toHaveBeenCalledWith('/api/meetings/m1/agenda-items/order', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"itemIds":["i2","i1"]}',
    });
  });

  it('appends the query, leaving out empty values', async () => {
    const fetch = answer(200, { items: [], total: 0, page: 2, pageSize: 10 });
    vi.stubGlobal('fetch', fetch);
    const page = await call(organisationRoutes.list, { query: { q: 'caritas & co', page: 2, pageSize: 10, type: undefined, comune: '' } });
    expect(fetch.mock.calls[0][0]).toBe('/api/organisations?q=caritas+%26+co&page=2&pageSize=10');
    expectTypeOf(page).toEqualTypeOf<Page<Organisation>>();
  });

  it('answers nothing for 204 and throws the error model otherwise', async () => {
    vi.stubGlobal('fetch', answer(204));
    const out = await call(authRoutes.logout);
    expect(out).toBeUndefined();
    expectTypeOf(out).toEqualTypeOf<void>();
    vi.stubGlobal('fetch', answer(404, { error: { code: 'not_found', message: 'Meeting not found' } }));
    const failure = await call(meetingRoutes.get, { params: { id: 'x' } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404, code: 'not_found', message: 'Meeting not found' });
  });

  it("sends an upload route's file as the body, with the media type the route declares", async () => {
    const report = { counts: { create: 1, update: 0, reject: 0 }, rows: [] };
    const fetch = answer(200, { report });
    vi.stubGlobal('fetch', fetch);
    const file = new Blob(['nome;sigla\nCooperativa Esempio;Esempio\n'], { type: 'text/csv' });
    const res = await call(organisationRoutes.importCsv, { query: { dryRun: 'false' }, file });
    expect(fetch).toHaveBeenCalledWith('/api/organisations/import?dryRun=false', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv', accept: 'application/json' },
      body: file,
    });
    expect(res).toEqual({ report });
    expectTypeOf(res).toEqualTypeOf<{ report: ImportReport }>();
  });

  it("calls a route named by method and path as it calls the table's entry, with the same types", async () => {
    const fetch = answer(200, { user: { id: 'u1' }, organisation: null });
    vi.stubGlobal('fetch', fetch);
    const me: RouteRef<typeof authRoutes.me> = { method: 'GET', path: '/api/auth/me' };
    const res = await call(me);
    await call(authRoutes.me);
    expect(fetch.mock.calls[0]).toEqual(fetch.mock.calls[1]);
    expect(fetch.mock.calls[0][0]).toBe('/api/auth/me');
    expectTypeOf(res).toEqualTypeOf<MeResponse>();
  });

  it('requires the params and body the route declares', () => {
    // Type-level only: these calls must not compile.
    const typeErrors = () => {
      // @ts-expect-error the meeting id is missing
      void call(meetingRoutes.get);
      // @ts-expect-error the body is missing
      void call(agendaRoutes.reorder, { params: { id: 'm1' } });
      // @ts-expect-error a param the path does not have
      void call(meetingRoutes.get, { params: { meetingId: 'm1' } });
      // @ts-expect-error an upload route needs its file
      void call(organisationRoutes.importCsv, { query: { dryRun: 'true' } });
      // @ts-expect-error a path that is not the entry's
      const mine: RouteRef<typeof authRoutes.me> = { method: 'GET', path: '/api/auth/mine' };
      // @ts-expect-error a method that is not the entry's
      const logout: RouteRef<typeof authRoutes.logout> = { method: 'GET', path: '/api/auth/logout' };
      void [mine, logout];
    };
    expect(typeof typeErrors).toBe('function');
    expect(() => routeUrl(meetingRoutes.get, { id: '' })).toThrow('/api/meetings/:id needs its id param');
  });
});

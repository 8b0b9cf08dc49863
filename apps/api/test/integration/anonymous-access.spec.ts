import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../../src/core/auth/public.decorator';
import { startTestApp, TestApp } from '../support/test-app';

interface Route {
  method: string;
  path: string;
  isPublic: boolean;
}

/** Every handler the application registers, read from Nest's own metadata so that no route can be forgotten. */
function allRoutes(t: TestApp): Route[] {
  const modules = t.app.get(ModulesContainer, { strict: false });
  const reflector = t.app.get(Reflector, { strict: false });
  const routes: Route[] = [];
  const controllers = [...modules.values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = `/api/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller]) ?? false;
      routes.push({ method: RequestMethod[method].toLowerCase(), path, isPublic });
    }
  }
  return routes;
}

describe('anonymous callers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reach only the routes deliberately marked public', () => {
    const publicRoutes = allRoutes(t)
      .filter((r) => r.isPublic)
      .map((r) => `${r.method.toUpperCase()} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /api/auth/invitations/:token',
      'GET /api/calendar/:file',
      'GET /api/health',
      'GET /api/rsvp/:token',
      'GET /api/unsubscribe/:token',
      'POST /api/auth/invitations/:token/accept',
      'POST /api/auth/login',
      'POST /api/auth/password-reset/confirm',
      'POST /api/auth/password-reset/request',
      'POST /api/unsubscribe/:token',
      'PUT /api/rsvp/:token',
    ]);
  });

  it('get 401 in the error model from every other route', async () => {
    const guarded = allRoutes(t).filter((r) => !r.isPublic);
    expect(guarded.length).toBeGreaterThanOrEqual(7);
    for (const route of guarded) {
      const path = route.path.replace(/:[A-Za-z]+/g, '3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f');
      const res = await (t.request() as unknown as Record<string, (p: string) => Promise<{ status: number; body: unknown }>>)[route.method](path);
      expect({ route: `${route.method} ${route.path}`, status: res.status, body: res.body }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
        body: { error: { code: 'unauthorized', message: 'Authentication required' } },
      });
    }
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';

export interface ServedRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express form, e.g. `/api/spaces/:id/members`. */
  path: string;
}

interface RouterLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** The interactive documentation itself: served by Swagger UI, not part of the API it documents. */
const DOCUMENTATION = /^\/api\/(docs|openapi\.json|docs-yaml)(\/|$)/;

/** Every route Express actually serves under /api, read from its router, so that a route added later is included. */
export function servedRoutes(app: NestExpressApplication): ServedRoute[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const routes: ServedRoute[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    for (const path of ([] as string[]).concat(layer.route.path)) {
      if (!path.startsWith('/api/') || DOCUMENTATION.test(path)) continue;
      for (const method of Object.keys(layer.route.methods)) {
        if (layer.route.methods[method] && method !== '_all') routes.push({ method: method as ServedRoute['method'], path });
      }
    }
  }
  return routes;
}

/** `/api/spaces/:id` as OpenAPI writes it: `/api/spaces/{id}`. */
export const openApiPath = (expressPath: string) => expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

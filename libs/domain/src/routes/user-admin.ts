import { pageOf } from '../listing';
import { z } from 'zod';
import { adminUserSchema } from '../auth';
import { route } from './route';

const userResponse = /* @__PURE__ */ z.object({ user: adminUserSchema });

export const userAdminRoutes = {
  list: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/users',
    summary: 'List all accounts',
    status: 200,
    description: 'Every account, deactivated ones included (admins only)',
    response: /* @__PURE__ */ pageOf(adminUserSchema),
    errors: [401, 403],
  }),
  deactivate: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/users/:id/deactivate',
    summary: 'Deactivate an account',
    status: 200,
    description: 'Account deactivated: it cannot log in, its sessions, tokens and open connections end (admins only)',
    response: userResponse,
    errors: [401, 403, 404, 409],
  }),
  reactivate: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/users/:id/reactivate',
    summary: 'Reactivate an account',
    status: 200,
    description: 'Account reactivated: the person can log in again (admins only)',
    response: userResponse,
    errors: [401, 403, 404],
  }),
} as const;

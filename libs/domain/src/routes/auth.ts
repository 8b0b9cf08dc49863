import { loginRequestSchema, meResponseSchema, passwordResetConfirmSchema, passwordResetRequestSchema, userResponseSchema } from '../auth';
import { route } from './route';

export const authRoutes = {
  login: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Log in',
    status: 200,
    description: 'Logged in; the session cookie is set',
    body: loginRequestSchema,
    response: userResponseSchema,
    errors: [400, 401, 403, 429],
    public: true,
  }),
  logout: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Log out',
    status: 204,
    description: 'Logged out; the session is revoked and the cookie cleared',
    errors: [401, 403],
  }),
  me: /* @__PURE__ */ route({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'Get the logged-in user',
    status: 200,
    description: 'The logged-in user and the organisation they belong to (shown beside their name)',
    response: meResponseSchema,
    errors: [401],
  }),
  requestReset: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/auth/password-reset/request',
    summary: 'Request a password reset link',
    status: 202,
    description: 'If the email has an account, a reset link is on its way',
    body: passwordResetRequestSchema,
    errors: [400, 403, 429],
    public: true,
  }),
  confirmReset: /* @__PURE__ */ route({
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    summary: 'Set a new password from a reset link',
    status: 204,
    description: 'Password changed; every session of the account is ended',
    body: passwordResetConfirmSchema,
    errors: [400, 403, 410],
    public: true,
  }),
} as const;

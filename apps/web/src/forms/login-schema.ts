// The login form's schema on its own, so that the login page can fetch it (and zod with it, some 25 KB compressed)
// when the form is first used instead of before its first paint.
export { loginRequestSchema } from '@cantiere/domain';

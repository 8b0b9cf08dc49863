/**
 * The account: logging in, password reset, accepting an invitation, and the account page (profile, password,
 * sessions, API tokens). Each is a route (pages/), loaded on its own; no other feature uses its parts.
 */
export {};

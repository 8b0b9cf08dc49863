/**
 * Administration: accounts, invitations and the audit trail. Its page is a route (pages/AdminUsersPage), loaded on its
 * own; no other feature uses its parts.
 */
export {};

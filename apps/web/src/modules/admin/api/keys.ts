/** Query keys of administration: accounts and pending invitations. */
export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  invitations: () => [...adminKeys.all, 'invitations'] as const,
};

/** Query keys of action plans: a space's list, one plan with its records. */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (spaceId: string) => [...planKeys.lists(), spaceId] as const,
  detail: (id: string) => [...planKeys.all, 'item', id] as const,
  organisationActions: (organisationId: string) => [...planKeys.all, 'organisation', organisationId] as const,
};

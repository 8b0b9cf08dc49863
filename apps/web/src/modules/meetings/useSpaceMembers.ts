import type { Membership } from '@cantiere/domain';
import { useMembers } from '../spaces';

const NONE: Membership[] = [];

/** The active representatives of a space: the people to pick as chair, presenter or responsible (none while unknown). */
export function useSpaceMembers(spaceId: string | null): Membership[] {
  return useMembers(spaceId).data ?? NONE;
}

/** One entry per person (a person may represent several organisations). */
export function peopleOf(members: Membership[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of members) if (!seen.has(m.personId)) seen.set(m.personId, m.personName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

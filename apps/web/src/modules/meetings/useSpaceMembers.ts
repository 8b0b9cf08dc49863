import { useEffect, useState } from 'react';
import type { Membership, Page } from '@cantiere/domain';
import { api } from '../../api/client';

/** The active representatives of a space: the people to pick as chair, presenter or responsible. */
export function useSpaceMembers(spaceId: string | null): Membership[] {
  const [members, setMembers] = useState<Membership[]>([]);
  useEffect(() => {
    if (!spaceId) return;
    api<Page<Membership>>('GET', `/api/spaces/${spaceId}/members`).then(
      (r) => setMembers(r.items),
      () => setMembers([]),
    );
  }, [spaceId]);
  return members;
}

/** One entry per person (a person may represent several organisations). */
export function peopleOf(members: Membership[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const m of members) if (!seen.has(m.personId)) seen.set(m.personId, m.personName);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

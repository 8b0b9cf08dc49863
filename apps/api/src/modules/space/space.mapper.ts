import type { Membership, Space } from '@cantiere/domain';
import type { SpaceMemberEntity } from './space-member.entity';
import type { SpaceEntity } from './space.entity';

export function toSpace(e: SpaceEntity, extra: Pick<Space, 'memberCount' | 'myRole' | 'can'>): Space {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    kind: e.kind,
    parentId: e.parentId,
    parentName: e.parent?.name ?? null,
    quorum: e.quorumKind ? { kind: e.quorumKind, ...(e.quorumValue !== null ? { value: e.quorumValue } : {}) } : null,
    visibility: e.visibility,
    archivedAt: e.archivedAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
    ...extra,
  };
}

export function toMembership(m: SpaceMemberEntity): Membership {
  return {
    id: m.id,
    spaceId: m.spaceId,
    organisationId: m.organisationId,
    organisationName: m.organisation?.name ?? '',
    personId: m.personId,
    personName: m.person ? `${m.person.firstName} ${m.person.lastName}` : '',
    role: m.role,
    representation: m.representation,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
  };
}

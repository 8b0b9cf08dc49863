import { Injectable } from '@nestjs/common';
import type { SpaceRole, SpaceVisibility } from '@cantiere/domain';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { AccessRepository } from './access.repository';

const ROLE_RANK: Record<SpaceRole, number> = { observer: 0, member: 1, facilitator: 2 };

/**
 * The one place that decides who may see and change what. Global admins (municipality staff) may do
 * everything; otherwise rights follow from the person linked to the account: the organisations they
 * belong to and their role in each space.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repo: AccessRepository) {}

  isAdmin(actor: Actor): boolean {
    return actor.user.role === 'admin';
  }

  requireAdmin(actor: Actor): void {
    if (!this.isAdmin(actor)) throw AppError.forbidden('Only administrators can do this');
  }

  /** The registry person linked to the account, looked up once per request. */
  async personId(actor: Actor): Promise<string | null> {
    if (actor.personId === undefined) actor.personId = await this.repo.personIdOfUser(actor.user.id);
    return actor.personId;
  }

  async organisationLabel(actor: Actor): Promise<string | null> {
    const personId = await this.personId(actor);
    return personId ? this.repo.organisationLabelOfPerson(personId) : null;
  }

  async organisationIds(actor: Actor): Promise<string[]> {
    const personId = await this.personId(actor);
    return personId ? this.repo.organisationIdsOfPerson(personId) : [];
  }

  async spaceRole(actor: Actor, spaceId: string): Promise<SpaceRole | null> {
    const personId = await this.personId(actor);
    return personId ? this.repo.activeSpaceRole(personId, spaceId) : null;
  }

  async spaceRoles(actor: Actor): Promise<Map<string, SpaceRole>> {
    const personId = await this.personId(actor);
    return personId ? this.repo.activeSpaceRoles(personId) : new Map();
  }

  /** A space open to the whole network is visible to every account; a members-only one to its members. */
  async canSeeSpace(actor: Actor, space: { id: string; visibility: SpaceVisibility }): Promise<boolean> {
    if (this.isAdmin(actor) || space.visibility === 'network') return true;
    return (await this.spaceRole(actor, space.id)) !== null;
  }

  async hasSpaceRole(actor: Actor, spaceId: string, atLeast: SpaceRole): Promise<boolean> {
    if (this.isAdmin(actor)) return true;
    const role = await this.spaceRole(actor, spaceId);
    return role !== null && ROLE_RANK[role] >= ROLE_RANK[atLeast];
  }

  async requireSpaceRole(actor: Actor, spaceId: string, atLeast: SpaceRole): Promise<void> {
    if (!(await this.hasSpaceRole(actor, spaceId, atLeast))) {
      throw AppError.forbidden(
        atLeast === 'facilitator' ? "Only the space's facilitators and administrators can do this" : 'You are not a member of this space',
      );
    }
  }

  /** Members of an organisation may edit its profile and its people; admins edit all. */
  async canEditOrganisation(actor: Actor, organisationId: string): Promise<boolean> {
    return this.isAdmin(actor) || (await this.organisationIds(actor)).includes(organisationId);
  }

  async requireOrganisationEditor(actor: Actor, organisationId: string): Promise<void> {
    if (!(await this.canEditOrganisation(actor, organisationId))) {
      throw AppError.forbidden('Only members of this organisation and administrators can change it');
    }
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { SpaceRole } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { SpaceRepository } from './space.repository';

/** The space rights, registered with the access service: each decides many spaces with one query. */
@Injectable()
export class SpaceAccessRules implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly repo: SpaceRepository,
  ) {}

  onModuleInit() {
    this.access.register('space.read', {
      denied: 'You cannot see this space',
      decide: async (actor, ids) => (this.access.isAdmin(actor) ? new Set(ids) : this.repo.visibleAmong(await this.access.personId(actor), ids)),
    });
    this.access.register('space.contribute', {
      denied: 'You are not a member of this space',
      decide: (actor, ids) => this.withRole(actor, ids, ['facilitator', 'member']),
    });
    this.access.register('space.manage', {
      denied: "Only the space's facilitators and administrators can do this",
      decide: (actor, ids) => this.withRole(actor, ids, ['facilitator']),
    });
  }

  /** Administrators hold every space right, on any id, as they always did. */
  private async withRole(actor: Actor, ids: readonly string[], roles: SpaceRole[]): Promise<Set<string>> {
    if (this.access.isAdmin(actor)) return new Set(ids);
    const personId = await this.access.personId(actor);
    return personId ? this.repo.withRoleAmong(personId, ids, roles) : new Set();
  }
}

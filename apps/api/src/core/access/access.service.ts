import { Injectable } from '@nestjs/common';
import type { Can, Permission, SpaceRole } from '@cantiere/domain';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { AccessRepository } from './access.repository';
import { GLOBAL, PermissionRegistry, type PermissionCheck, type PermissionRule, type RequireOptions } from './permission-registry';

/**
 * The one place that decides who may see and change what, in the words of `Permission`. Each module registers the
 * rules of its resources here; this service keeps the facts they build on (administrator or not, the person linked
 * to the account, their organisations and roles in spaces). Global admins (municipality staff) administer the
 * platform; every other right follows from the person linked to the account.
 */
@Injectable()
export class AccessService {
  private readonly registry = new PermissionRegistry();

  constructor(private readonly repo: AccessRepository) {
    this.registry.register('platform.administer', {
      denied: 'Only administrators can do this',
      decide: async (actor, ids) => new Set(this.isAdmin(actor) ? ids : []),
    });
  }

  register(permission: Permission, rule: PermissionRule): void {
    this.registry.register(permission, rule);
  }

  /** Throws the one 403 (or, with `notFound`, 404) unless `actor` holds `permission` on every id. */
  require(actor: Actor, permission: Permission, ids: readonly string[], options?: RequireOptions): Promise<void> {
    return this.registry.require(actor, permission, ids, options);
  }

  /** Of `ids`, those on which `actor` holds `permission`. */
  allowed(actor: Actor, permission: Permission, ids: readonly string[]): Promise<Set<string>> {
    return this.registry.allowed(actor, permission, ids);
  }

  /** The one 403 of `permission`, for a caller that already knows the answer from `can`. */
  forbidden(permission: Permission): AppError {
    return this.registry.forbidden(permission);
  }

  /** The `can: {...}` map of each id, for responses; one rule call per permission whatever the number of ids. */
  can<P extends Permission>(actor: Actor, permissions: readonly P[], ids: readonly string[]): Promise<Map<string, Required<Can<P>>>> {
    return this.registry.can(actor, permissions, ids);
  }

  /** Test hook: every check made from now on, until the returned function is called. */
  observe(observer: (check: PermissionCheck) => void): () => void {
    return this.registry.observe(observer);
  }

  isAdmin(actor: Actor): boolean {
    return actor.user.role === 'admin';
  }

  /** `platform.administer`, decided synchronously (it needs no lookup) and recorded like every other check. */
  requireAdmin(actor: Actor): void {
    this.registry.record(actor, 'platform.administer', [GLOBAL]);
    if (!this.isAdmin(actor)) throw this.registry.forbidden('platform.administer');
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

  /** The organisations each account's person belongs to: whom an edit by that account speaks for. */
  organisationIdsOfUsers(userIds: readonly string[]): Promise<Map<string, string[]>> {
    return userIds.length ? this.repo.organisationIdsOfUsers(userIds) : Promise.resolve(new Map());
  }

  async spaceRole(actor: Actor, spaceId: string): Promise<SpaceRole | null> {
    const personId = await this.personId(actor);
    return personId ? this.repo.activeSpaceRole(personId, spaceId) : null;
  }

  async spaceRoles(actor: Actor): Promise<Map<string, SpaceRole>> {
    const personId = await this.personId(actor);
    return personId ? this.repo.activeSpaceRoles(personId) : new Map();
  }
}

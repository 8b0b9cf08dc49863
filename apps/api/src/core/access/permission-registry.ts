import type { Can, Permission } from '@cantiere/domain';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';

/**
 * Decides one permission for many resources at once: of `ids`, the set the actor holds it on. A rule answers with one
 * query however many ids it is given, so that a list of a hundred rows costs what one row costs.
 */
export type BulkRule = (actor: Actor, ids: readonly string[]) => Promise<Set<string>>;

export interface PermissionRule {
  decide: BulkRule;
  /** Why the 403 is refused, in words for a person (the permission's name is appended). */
  denied: string;
}

/** One check as it happened, for the test that proves every route and socket event goes through one. */
export interface PermissionCheck {
  actorUserId: string;
  permission: Permission;
  ids: readonly string[];
}

export interface RequireOptions {
  /** Answer 404 `<notFound> not found` instead of 403, where saying "forbidden" would reveal that the resource exists. */
  notFound?: string;
}

/** Global permissions (`platform.administer`) are held or not without a resource: checked on this one id. */
export const GLOBAL = 'global';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Each module registers, per permission, the rule that decides it (in its `onModuleInit`), as collaborative document
 * kinds register their access; services ask `require` (throws the one 403 or 404) or `can` (the `can: {...}` map of
 * many resources, for responses). Core never learns the modules' tables.
 */
export class PermissionRegistry {
  private readonly rules = new Map<Permission, PermissionRule>();
  private readonly observers = new Set<(check: PermissionCheck) => void>();

  register(permission: Permission, rule: PermissionRule): void {
    if (this.rules.has(permission)) throw new Error(`permission ${permission} is already registered`);
    this.rules.set(permission, rule);
  }

  isRegistered(permission: Permission): boolean {
    return this.rules.has(permission);
  }

  /** Calls `observer` on every check; returns the function that stops it. */
  observe(observer: (check: PermissionCheck) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Tells observers of a check decided outside a rule (synchronous ones such as `requireAdmin`). */
  record(actor: Actor, permission: Permission, ids: readonly string[]): void {
    for (const observe of this.observers) observe({ actorUserId: actor.user.id, permission, ids });
  }

  /** Of `ids`, those on which `actor` holds `permission`. */
  async allowed(actor: Actor, permission: Permission, ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    this.record(actor, permission, unique);
    // Every resource id is a UUID: anything else names nothing, and never reaches a rule's query as a bad cast.
    const named = unique.filter((id) => id === GLOBAL || UUID.test(id));
    if (named.length === 0) return new Set();
    return this.rule(permission).decide(actor, named);
  }

  async require(actor: Actor, permission: Permission, ids: readonly string[], options: RequireOptions = {}): Promise<void> {
    const allowed = await this.allowed(actor, permission, ids);
    if (ids.every((id) => allowed.has(id))) return;
    if (options.notFound) throw AppError.notFound(options.notFound);
    throw this.forbidden(permission);
  }

  /** The one 403 of a permission not held, for callers that already hold the answer (from `can`). */
  forbidden(permission: Permission): AppError {
    return new AppError('forbidden', `${this.rule(permission).denied} (${permission})`, { permission });
  }

  /**
   * For each id, the `can` map of the given permissions: one rule call per permission, whatever the number of ids, and
   * one for permissions registered with the same rule (each is still recorded as checked).
   */
  async can<P extends Permission>(actor: Actor, permissions: readonly P[], ids: readonly string[]): Promise<Map<string, Required<Can<P>>>> {
    const byRule = new Map<BulkRule, Promise<Set<string>>>();
    const answers = await Promise.all(
      permissions.map((p) => {
        const decide = this.rule(p).decide;
        const shared = byRule.get(decide);
        if (shared) {
          this.record(actor, p, [...new Set(ids)]);
          return shared;
        }
        const answer = this.allowed(actor, p, ids);
        byRule.set(decide, answer);
        return answer;
      }),
    );
    return new Map(ids.map((id) => [id, Object.fromEntries(permissions.map((p, i) => [p, answers[i].has(id)])) as Required<Can<P>>]));
  }

  private rule(permission: Permission): PermissionRule {
    const rule = this.rules.get(permission);
    if (!rule) throw new Error(`no rule registered for permission ${permission}`);
    return rule;
  }
}

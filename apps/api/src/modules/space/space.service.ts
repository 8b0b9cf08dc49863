import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { SPACE_RIGHTS, type Can, type SpaceRole, type spaceInputSchema } from '@cantiere/domain';
import type { z } from 'zod';
import { AccessEvents } from '../../core/access/access-events';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields, pick } from '../audit';
import { SpaceEntity } from './space.entity';
import { SpaceRepository } from './space.repository';

type SpaceInput = z.output<typeof spaceInputSchema>;
export interface SpaceView {
  entity: SpaceEntity;
  memberCount: number;
  myRole: SpaceRole | null;
  can: Required<Can<(typeof SPACE_RIGHTS)[number]>>;
}

@Injectable()
export class SpaceService {
  constructor(
    @InjectRepository(SpaceEntity) private readonly spaces: Repository<SpaceEntity>,
    private readonly repo: SpaceRepository,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly audit: AuditService,
  ) {}

  /** The spaces the caller may see: all open to the network, plus members-only ones they belong to. */
  async list(actor: Actor, includeArchived: boolean): Promise<SpaceView[]> {
    const all = await this.spaces.find({ where: includeArchived ? {} : { archivedAt: IsNull() }, relations: { parent: true }, order: { name: 'ASC' } });
    const roles = await this.access.spaceRoles(actor);
    const readable = await this.access.allowed(
      actor,
      'space.read',
      all.map((s) => s.id),
    );
    const visible = all.filter((s) => readable.has(s.id));
    const ids = visible.map((s) => s.id);
    const [counts, can] = await Promise.all([this.repo.activeMemberCounts(ids), this.access.can(actor, SPACE_RIGHTS, ids)]);
    // Parents first, each followed by its tables, so that the Cantiere heads its thematic tables.
    const ordered = [...visible.filter((s) => !s.parentId || !visible.some((p) => p.id === s.parentId))].flatMap((root) => [
      root,
      ...visible.filter((c) => c.parentId === root.id),
    ]);
    const rest = visible.filter((s) => !ordered.includes(s));
    return [...ordered, ...rest].map((entity) => ({
      entity,
      memberCount: counts.get(entity.id) ?? 0,
      myRole: roles.get(entity.id) ?? null,
      can: can.get(entity.id)!,
    }));
  }

  /** The ids of the spaces `list(actor, true)` returns, without loading them: the ids, then the `space.read` rule. */
  async visibleIds(actor: Actor): Promise<string[]> {
    const all = await this.repo.allSpaceIds();
    const readable = await this.access.allowed(actor, 'space.read', all);
    return all.filter((id) => readable.has(id));
  }

  /** The people who are members of the space now, for other modules (its members follow it by default). */
  activeMemberPersonIds(spaceId: string): Promise<string[]> {
    return this.repo.activeMemberPersonIds(spaceId);
  }

  /** The people who sit in the space for one of these organisations (its voice at that table). */
  activeMemberPersonIdsFor(spaceId: string, organisationIds: string[]): Promise<string[]> {
    return this.repo.activeMemberPersonIdsFor(spaceId, organisationIds);
  }

  /** A members-only space reads as not found to outsiders, so that its existence does not leak. */
  async get(actor: Actor, id: string): Promise<SpaceView> {
    const entity = await this.spaces.findOne({ where: { id }, relations: { parent: true } });
    if (!entity) throw AppError.notFound('Space');
    await this.access.require(actor, 'space.read', [id], { notFound: 'Space' });
    const myRole = await this.access.spaceRole(actor, id);
    const [counts, can] = await Promise.all([this.repo.activeMemberCounts([id]), this.access.can(actor, SPACE_RIGHTS, [id])]);
    return { entity, memberCount: counts.get(id) ?? 0, myRole, can: can.get(id)! };
  }

  async create(actor: Actor, input: SpaceInput): Promise<SpaceView> {
    this.access.requireAdmin(actor);
    if (input.parentId) await this.requireParent(input.parentId);
    const columns = this.columns(input);
    const saved = await this.audit.change(
      () => this.spaces.save(this.spaces.create({ ...columns, archivedAt: null })),
      (row) => ({ actor, action: 'space.create', entity: 'space', entityId: row.id, after: pick(row, Object.keys(columns)) }),
    );
    return this.get(actor, saved.id);
  }

  async update(actor: Actor, id: string, changes: Partial<SpaceInput>): Promise<SpaceView> {
    this.access.requireAdmin(actor);
    const { entity } = await this.get(actor, id);
    if (changes.parentId) {
      await this.requireParent(changes.parentId);
      if (await this.repo.wouldCycle(id, changes.parentId))
        throw AppError.validation([{ path: 'parentId', message: 'parent_cycle' }], 'A space cannot sit inside itself');
    }
    const columns = this.columns(changes);
    await this.audit.change(
      () => this.spaces.update(entity.id, columns),
      () => ({ actor, action: 'space.update', entity: 'space', entityId: id, ...changedFields(entity, columns) }),
    );
    // Who may see a space follows its visibility: everyone's open documents there are judged again.
    if (changes.visibility !== undefined && changes.visibility !== entity.visibility)
      await this.accessEvents.changed({ subject: { everyone: true }, reason: 'rights_changed' });
    return this.get(actor, id);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<SpaceView> {
    this.access.requireAdmin(actor);
    const { entity } = await this.get(actor, id);
    const archivedAt = archived ? (entity.archivedAt ?? new Date()) : null;
    await this.audit.change(
      () => this.spaces.update(entity.id, { archivedAt }),
      () => ({ actor, action: archived ? 'space.archive' : 'space.restore', entity: 'space', entityId: id, ...changedFields(entity, { archivedAt }) }),
    );
    // An archived space's documents turn read-only for everyone; told to all connections, which is rare enough.
    if (archived !== (entity.archivedAt !== null))
      await this.accessEvents.changed({ subject: { everyone: true }, reason: archived ? 'space_archived' : 'rights_changed' });
    return this.get(actor, id);
  }

  private async requireParent(parentId: string) {
    if (!(await this.spaces.exists({ where: { id: parentId } }))) throw AppError.validation([{ path: 'parentId', message: 'unknown_space' }]);
  }

  private columns(input: Partial<SpaceInput>): Partial<SpaceEntity> {
    const out: Partial<SpaceEntity> = {};
    if (input.name !== undefined) out.name = input.name;
    if (input.description !== undefined) out.description = input.description ?? null;
    if (input.kind !== undefined) out.kind = input.kind;
    if (input.parentId !== undefined) out.parentId = input.parentId ?? null;
    if (input.visibility !== undefined) out.visibility = input.visibility;
    if (input.quorum !== undefined) {
      out.quorumKind = input.quorum?.kind ?? null;
      out.quorumValue = input.quorum?.kind === 'majority' ? null : (input.quorum?.value ?? null);
    }
    return out;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { In } from 'typeorm';
import {
  ORGANISATION_RIGHTS,
  type FieldIssue,
  type Organisation,
  type OrganisationInputParsed,
  type Page,
  type organisationQuerySchema,
} from '@cantiere/domain';
import type { z } from 'zod';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { mapUniqueViolation } from '../../core/database/unique-violation';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields, pick } from '../audit';
import { ReferenceService } from '../reference';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationFilter, OrganisationRepository } from './organisation.repository';

const UNIQUE_FIELDS = { organisations_name_key: 'name', organisations_fiscal_code_key: 'fiscalCode' };
export const EXPORT_MAX_ROWS = 10_000;

export interface OrganisationView {
  entity: OrganisationEntity;
  can: Organisation['can'];
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly search: OrganisationRepository,
    private readonly reference: ReferenceService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Every organisation's names and codes, for matching what another module's import names (people's CSV). */
  identifiers(): Promise<Pick<OrganisationEntity, 'id' | 'name' | 'shortName' | 'fiscalCode' | 'vatNumber'>[]> {
    return this.organisations.find({ select: { id: true, name: true, shortName: true, fiscalCode: true, vatNumber: true } });
  }

  /** Which of these organisations exist (archived ones included): for other modules' references to them. */
  async existingIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set((await this.organisations.find({ where: { id: In(ids) }, select: { id: true } })).map((o) => o.id));
  }

  /** Every account may browse the network's registry; `can` says what the caller may change. */
  async list(actor: Actor, query: z.output<typeof organisationQuerySchema>): Promise<Page<OrganisationView>> {
    const { page, pageSize, ...filter } = query;
    const [rows, total] = await this.search.search(filter, { skip: (page - 1) * pageSize, take: pageSize });
    const can = await this.access.can(
      actor,
      ORGANISATION_RIGHTS,
      rows.map((o) => o.id),
    );
    return { items: rows.map((entity) => ({ entity, can: can.get(entity.id)! })), total, page, pageSize };
  }

  async exportRows(filter: OrganisationFilter): Promise<OrganisationEntity[]> {
    const [rows] = await this.search.search(filter, { skip: 0, take: EXPORT_MAX_ROWS });
    return rows;
  }

  async get(actor: Actor, id: string): Promise<OrganisationView> {
    const entity = await this.organisations.findOne({ where: { id } });
    if (!entity) throw AppError.notFound('Organisation');
    return { entity, can: (await this.access.can(actor, ORGANISATION_RIGHTS, [id])).get(id)! };
  }

  async create(actor: Actor, input: OrganisationInputParsed): Promise<OrganisationEntity> {
    this.access.requireAdmin(actor);
    await this.checkReferences(input);
    const columns = this.columns(input);
    return this.audit.change(
      () => mapUniqueViolation(() => this.organisations.save(this.organisations.create({ ...columns, archivedAt: null })), UNIQUE_FIELDS),
      (saved) => ({ actor, action: 'organisation.create', entity: 'organisation', entityId: saved.id, after: pick(saved, Object.keys(columns)) }),
    );
  }

  async update(actor: Actor, id: string, changes: Partial<OrganisationInputParsed>): Promise<OrganisationEntity> {
    const { entity } = await this.get(actor, id);
    await this.access.require(actor, 'organisation.edit', [id]);
    await this.checkReferences(changes);
    const diff = changedFields(entity, this.columns(changes));
    Object.assign(entity, this.columns(changes));
    return this.audit.change(
      () => mapUniqueViolation(() => this.organisations.save(entity), UNIQUE_FIELDS),
      () => ({ actor, action: 'organisation.update', entity: 'organisation', entityId: id, ...diff }),
    );
  }

  /** Archiving hides an organisation from lists but keeps it, and everything that refers to it, for history. */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<OrganisationEntity> {
    this.access.requireAdmin(actor);
    const { entity } = await this.get(actor, id);
    const diff = changedFields(entity, { archivedAt: archived ? (entity.archivedAt ?? new Date()) : null });
    entity.archivedAt = archived ? (entity.archivedAt ?? new Date()) : null;
    return this.audit.change(
      () => this.organisations.save(entity),
      () => ({ actor, action: archived ? 'organisation.archive' : 'organisation.restore', entity: 'organisation', entityId: id, ...diff }),
    );
  }

  async checkReferences(input: Partial<Pick<OrganisationInputParsed, 'thematicAreas' | 'comuni'>>): Promise<void> {
    const issues: FieldIssue[] = [];
    const unknownAreas = await this.reference.unknownCodes('thematic_area', input.thematicAreas ?? []);
    const unknownComuni = await this.reference.unknownCodes('comune', input.comuni ?? []);
    (input.thematicAreas ?? []).forEach((code, i) => unknownAreas.includes(code) && issues.push({ path: `thematicAreas.${i}`, message: 'unknown_value' }));
    (input.comuni ?? []).forEach((code, i) => unknownComuni.includes(code) && issues.push({ path: `comuni.${i}`, message: 'unknown_value' }));
    if (issues.length > 0) throw AppError.validation(issues);
  }

  /** Only the fields that were given; undefined means "leave as it is". */
  private columns(input: Partial<OrganisationInputParsed>): Partial<OrganisationEntity> {
    const out: Partial<OrganisationEntity> = {};
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) (out as Record<string, unknown>)[key] = key === 'thematicAreas' || key === 'comuni' ? [...new Set(value as string[])] : value;
    }
    return out;
  }
}

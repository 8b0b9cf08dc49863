import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PERSON_RIGHTS, type FieldIssue, type Page, type Person, type PersonInputParsed, type personQuerySchema } from '@cantiere/domain';
import type { z } from 'zod';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { mapUniqueViolation } from '../../core/database/unique-violation';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields, pick } from '../audit';
import { InvitationService } from '../invitation';
import { OrganisationService } from '../organisation';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';
import { ContactViewer, PersonFilter, PersonRepository } from './person.repository';

const UNIQUE_FIELDS = { people_email_key: 'email', person_affiliations_person_org_key: 'affiliations' };
export const PEOPLE_EXPORT_MAX_ROWS = 10_000;

/** A person as one caller sees it: whether they may edit it, and whether its email and phone are shown to them. */
export interface PersonView {
  entity: PersonEntity;
  can: Person['can'];
}

@Injectable()
export class PersonService {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    private readonly search: PersonRepository,
    private readonly access: AccessService,
    private readonly invitations: InvitationService,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
  ) {}

  /** Why the person cannot stand for the organisation (unknown or erased, or not affiliated), or null if they can. */
  async representationIssue(personId: string, organisationId: string): Promise<'unknown_person' | 'not_affiliated' | null> {
    const person = await this.people.findOne({ where: { id: personId } });
    if (!person || person.erasedAt) return 'unknown_person';
    return (await this.search.isAffiliated(personId, organisationId)) ? null : 'not_affiliated';
  }

  /** Which of these people exist (erased ones included): for other modules' references to them. */
  async existingIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set((await this.people.find({ where: { id: In(ids) }, select: { id: true } })).map((p) => p.id));
  }

  /** The accounts of these people (those not erased and with one), for other modules that reach people by account. */
  accountIdsOf(personIds: readonly string[]): Promise<string[]> {
    return this.search.accountIdsOf(personIds);
  }

  /** The accounts of the people (not erased) affiliated with these organisations. */
  accountIdsInOrganisations(organisationIds: readonly string[]): Promise<string[]> {
    return this.search.accountIdsInOrganisations(organisationIds);
  }

  async list(actor: Actor, query: z.output<typeof personQuerySchema>): Promise<Page<PersonView>> {
    const { page, pageSize, ...filter } = query;
    const viewer = await this.viewer(actor);
    const [rows, total] = await this.search.search(filter, { skip: (page - 1) * pageSize, take: pageSize }, viewer);
    return { items: await this.views(actor, rows), total, page, pageSize };
  }

  /** The whole registry's contacts in one file: for administrators only (GDPR art. 5, data minimisation). */
  async exportRows(actor: Actor, filter: PersonFilter): Promise<PersonEntity[]> {
    this.access.requireAdmin(actor);
    const [rows] = await this.search.search(filter, { skip: 0, take: PEOPLE_EXPORT_MAX_ROWS }, await this.viewer(actor));
    return rows;
  }

  async get(actor: Actor, id: string): Promise<PersonView> {
    const entity = await this.search.findWithAffiliations(id);
    if (!entity) throw AppError.notFound('Person');
    const [view] = await this.views(actor, [entity]);
    return view;
  }

  /** Admins add anyone; an organisation's members add people to their own organisations. */
  async create(actor: Actor, input: PersonInputParsed): Promise<PersonView> {
    // Whoever adds a colleague cannot choose for them to show their contacts to everyone.
    if (input.contactsPublic !== undefined && !this.access.isAdmin(actor)) throw contactsChoiceForbidden();
    await this.checkAffiliations(actor, input.affiliations, []);
    const columns = this.columns(input);
    const id = await this.audit.change(
      () => mapUniqueViolation(() => this.search.saveWithAffiliations(null, columns, input.affiliations), UNIQUE_FIELDS),
      (created) => ({
        actor,
        action: 'person.create',
        entity: 'person',
        entityId: created,
        after: { ...pick(columns, Object.keys(columns)), ...affiliationsOf(input.affiliations) },
      }),
    );
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, changes: Partial<PersonInputParsed>): Promise<PersonView> {
    const { entity } = await this.get(actor, id);
    await this.access.require(actor, 'person.edit', [id]);
    if (entity.erasedAt) throw new AppError('conflict', "This person's data was erased and cannot be changed");
    if (changes.contactsPublic !== undefined && !this.access.isAdmin(actor) && entity.userId !== actor.user.id) throw contactsChoiceForbidden();
    const existing = entity.affiliations ?? [];
    if (changes.affiliations) await this.checkAffiliations(actor, changes.affiliations, existing);
    const kept = changes.affiliations && !this.access.isAdmin(actor) ? await this.othersAffiliations(actor, existing) : [];
    const affiliations = changes.affiliations ? [...kept, ...changes.affiliations] : null;
    const diff = changedFields({ ...entity, ...affiliationsOf(existing) }, { ...this.columns(changes), ...(affiliations ? affiliationsOf(affiliations) : {}) });
    await this.audit.change(
      () => mapUniqueViolation(() => this.search.saveWithAffiliations(id, this.columns(changes), affiliations), UNIQUE_FIELDS),
      () => ({ actor, action: 'person.update', entity: 'person', entityId: id, ...diff }),
    );
    return this.get(actor, id);
  }

  /** Creates the person's account by invitation (the foundation's flow); acceptance links it here. */
  async invite(actor: Actor, id: string) {
    this.access.requireAdmin(actor);
    const { entity } = await this.get(actor, id);
    if (entity.erasedAt) throw new AppError('conflict', "This person's data was erased");
    if (entity.userId) throw new AppError('conflict', 'This person already has an account');
    if (!entity.email) throw AppError.validation([{ path: 'email', message: 'required' }], 'The person needs an email address to be invited');
    return this.invitations.create(actor, { email: entity.email, name: `${entity.firstName} ${entity.lastName}`, role: 'user' }, entity.id);
  }

  private async viewer(actor: Actor): Promise<ContactViewer> {
    return { isAdmin: this.access.isAdmin(actor), personId: this.access.isAdmin(actor) ? null : await this.access.personId(actor) };
  }

  private async views(actor: Actor, people: PersonEntity[]): Promise<PersonView[]> {
    const can = await this.access.can(
      actor,
      PERSON_RIGHTS,
      people.map((p) => p.id),
    );
    return people.map((entity) => ({ entity, can: can.get(entity.id)! }));
  }

  /** Organisations must exist; a non-admin may only add affiliations to organisations they belong to. */
  private async checkAffiliations(actor: Actor, wanted: PersonInputParsed['affiliations'], existing: PersonAffiliationEntity[]) {
    const issues: FieldIssue[] = [];
    const ids = [...new Set(wanted.map((a) => a.organisationId))];
    const found = await this.organisations.existingIds(ids);
    const seen = new Set<string>();
    wanted.forEach((a, i) => {
      if (!found.has(a.organisationId)) issues.push({ path: `affiliations.${i}.organisationId`, message: 'unknown_organisation' });
      if (seen.has(a.organisationId)) issues.push({ path: `affiliations.${i}.organisationId`, message: 'duplicate' });
      seen.add(a.organisationId);
    });
    if (issues.length) throw AppError.validation(issues);
    // Someone without an organisation is the registry's own business; adding someone to an organisation is editing it.
    if (wanted.length === 0 && existing.length === 0) return this.access.requireAdmin(actor);
    const already = new Set(existing.map((a) => a.organisationId));
    await this.access.require(
      actor,
      'organisation.edit',
      ids.filter((id) => !already.has(id)),
    );
  }

  /** Affiliations a non-admin cannot see to change: those with organisations that are not theirs. */
  private async othersAffiliations(actor: Actor, existing: PersonAffiliationEntity[]) {
    const mine = new Set(await this.access.organisationIds(actor));
    return existing.filter((a) => !mine.has(a.organisationId)).map((a) => ({ organisationId: a.organisationId, role: a.role, title: a.title }));
  }

  private columns(input: Partial<PersonInputParsed>): Partial<PersonEntity> {
    const out: Partial<PersonEntity> = {};
    if (input.firstName !== undefined) out.firstName = input.firstName;
    if (input.lastName !== undefined) out.lastName = input.lastName;
    if (input.email !== undefined) out.email = input.email;
    if (input.phone !== undefined) out.phone = input.phone;
    if (input.notes !== undefined) out.notes = input.notes;
    if (input.contactsPublic !== undefined) out.contactsPublic = input.contactsPublic;
    if (input.consent !== undefined) {
      out.consentLegalBasis = input.consent?.legalBasis ?? null;
      out.consentPurpose = input.consent?.purpose ?? null;
      out.consentDate = input.consent?.date ?? null;
      out.consentSource = input.consent?.source ?? null;
    }
    return out;
  }
}

const contactsChoiceForbidden = () =>
  new AppError('forbidden', 'Only the person themselves or an administrator can choose to show their contacts to the whole network', [
    { path: 'contactsPublic', message: 'not_allowed' },
  ]);

/** Affiliations as the trail shows them: one `organisationId:role` per organisation, sorted, so that equal sets compare equal. */
function affiliationsOf(rows: { organisationId: string; role: string }[] | undefined): { affiliations?: string[] } {
  return rows ? { affiliations: rows.map((a) => `${a.organisationId}:${a.role}`).sort() } : {};
}

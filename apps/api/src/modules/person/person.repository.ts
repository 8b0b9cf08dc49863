import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { In } from 'typeorm';
import type { personQuerySchema } from '@cantiere/domain';
import type { z } from 'zod';
import { PERSON_NAME_SEARCH_VECTOR, PERSON_SEARCH_VECTOR, likeLiteral, prefixTsQuery } from '../../core/database/text-search';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

export type PersonFilter = Omit<z.output<typeof personQuerySchema>, 'page' | 'pageSize'>;

/** Who is looking at contacts: an administrator sees all, anyone else as the person linked to their account (if any). */
export interface ContactViewer {
  isAdmin: boolean;
  personId: string | null;
}

/**
 * The condition under which `p`'s email and phone are shown to the viewer: their own record, a record that chose to
 * show them, someone of one of the viewer's organisations, or a member of a space the viewer facilitates.
 */
function contactsVisibleSql(viewer: ContactViewer): string {
  if (viewer.isAdmin) return 'TRUE';
  if (!viewer.personId) return 'p.contacts_public';
  return `(p.contacts_public OR p.id = :viewerPersonId
    OR EXISTS (SELECT 1 FROM person_affiliations theirs JOIN person_affiliations mine ON mine.organisation_id = theirs.organisation_id
               WHERE theirs.person_id = p.id AND mine.person_id = :viewerPersonId)
    OR EXISTS (SELECT 1 FROM space_members member JOIN space_members facilitator ON facilitator.space_id = member.space_id
               WHERE member.person_id = p.id AND member.left_on IS NULL
                 AND facilitator.person_id = :viewerPersonId AND facilitator.role = 'facilitator' AND facilitator.left_on IS NULL))`;
}

@Injectable()
export class PersonRepository {
  constructor(private readonly txHost: TxHost) {}

  private get people() {
    return this.txHost.tx.getRepository(PersonEntity);
  }

  private get affiliations() {
    return this.txHost.tx.getRepository(PersonAffiliationEntity);
  }

  /** Erased people are kept for the coherence of records but are no longer contacts: never listed. */
  async search(f: PersonFilter, page: { skip: number; take: number }, viewer: ContactViewer): Promise<[PersonEntity[], number]> {
    const qb = this.people.createQueryBuilder('p').where('p.erased_at IS NULL');
    const tsq = f.q ? prefixTsQuery(f.q) : null;
    if (f.q) {
      const matches = (vector: string, email: string) =>
        `(${tsq ? `${vector} @@ to_tsquery('italian'::regconfig, :tsq) OR ` : ''}(p.first_name || ' ' || p.last_name) ILIKE :like${email})`;
      // A hidden email must not be found by searching for it either, or the search would reveal it letter by letter.
      const visible = contactsVisibleSql(viewer);
      qb.andWhere(
        visible === 'TRUE'
          ? matches(PERSON_SEARCH_VECTOR, ' OR p.email ILIKE :like')
          : `((${visible} AND ${matches(PERSON_SEARCH_VECTOR, ' OR p.email ILIKE :like')}) OR ${matches(PERSON_NAME_SEARCH_VECTOR, '')})`,
        { tsq, like: `%${likeLiteral(f.q)}%`, viewerPersonId: viewer.personId },
      );
    }
    const orgConditions: string[] = [];
    if (f.organisationId) orgConditions.push('a.organisation_id = :organisationId');
    if (f.type?.length) orgConditions.push('o.type IN (:...types)');
    if (f.area?.length) orgConditions.push('o.thematic_areas && :areas::text[]');
    if (f.comune?.length) orgConditions.push('o.comuni && :comuni::text[]');
    if (orgConditions.length) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM person_affiliations a JOIN organisations o ON o.id = a.organisation_id WHERE a.person_id = p.id AND ${orgConditions.join(' AND ')})`,
        { organisationId: f.organisationId, types: f.type, areas: f.area, comuni: f.comune },
      );
    }
    if (f.spaceId) {
      qb.andWhere('EXISTS (SELECT 1 FROM space_members m WHERE m.person_id = p.id AND m.space_id = :spaceId AND m.left_on IS NULL)', { spaceId: f.spaceId });
    }
    qb.orderBy('p.last_name', 'ASC').addOrderBy('p.first_name', 'ASC').offset(page.skip).limit(page.take);
    const [rows, total] = await qb.getManyAndCount();
    await this.attachAffiliations(rows);
    return [rows, total];
  }

  /** Of these people, those whose contacts the viewer may see: one query for a whole page. */
  async contactsVisibleTo(viewer: ContactViewer, personIds: string[]): Promise<Set<string>> {
    if (viewer.isAdmin) return new Set(personIds);
    if (personIds.length === 0) return new Set();
    const rows = await this.people
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .where('p.id IN (:...personIds)', { personIds })
      .andWhere(contactsVisibleSql(viewer), { viewerPersonId: viewer.personId })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  /** Of `personIds`, those the person edits: themself, and the people of an organisation they belong to. */
  async editableBy(editorPersonId: string, personIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.people.manager.query(
      `SELECT p.id FROM people p WHERE p.id = ANY($2::uuid[])
         AND (p.id = $1 OR EXISTS (SELECT 1 FROM person_affiliations a JOIN person_affiliations mine ON mine.organisation_id = a.organisation_id
                                   WHERE a.person_id = p.id AND mine.person_id = $1))`,
      [editorPersonId, personIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  async findWithAffiliations(id: string): Promise<PersonEntity | null> {
    const person = await this.people.findOne({ where: { id } });
    if (person) await this.attachAffiliations([person]);
    return person;
  }

  async attachAffiliations(people: PersonEntity[]): Promise<void> {
    if (people.length === 0) return;
    const rows = await this.affiliations.find({ where: { personId: In(people.map((p) => p.id)) }, relations: { organisation: true } });
    for (const person of people) {
      person.affiliations = rows.filter((r) => r.personId === person.id).sort((a, b) => a.organisation!.name.localeCompare(b.organisation!.name, 'it'));
    }
  }

  /** Creates the person (id null) or changes it, and when `affiliations` is given replaces them, all or nothing. */
  saveWithAffiliations(id: string | null, columns: Partial<PersonEntity>, affiliations: AffiliationRow[] | null): Promise<string> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      if (id) await tx.update(PersonEntity, id, columns);
      else id = (await tx.save(tx.create(PersonEntity, { ...columns, userId: null, erasedAt: null }))).id;
      if (affiliations) {
        const repo = tx.getRepository(PersonAffiliationEntity);
        await repo.delete({ personId: id });
        const unique = [...new Map(affiliations.map((a) => [a.organisationId, a])).values()];
        if (unique.length) await repo.insert(unique.map((a) => ({ personId: id!, organisationId: a.organisationId, role: a.role, title: a.title ?? null })));
      }
      return id;
    });
  }

  /** The accounts linked to these people, erased ones left out (people without an account have none). */
  async accountIdsOf(personIds: readonly string[]): Promise<string[]> {
    if (!personIds.length) return [];
    const rows: { userId: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT p.user_id AS "userId" FROM people p WHERE p.id = ANY($1::uuid[]) AND p.erased_at IS NULL AND p.user_id IS NOT NULL`,
      [personIds],
    );
    return rows.map((r) => r.userId);
  }

  /** The accounts of the people affiliated with these organisations, erased ones left out. */
  async accountIdsInOrganisations(organisationIds: readonly string[]): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows: { userId: string }[] = await this.txHost.tx.query(
      `SELECT DISTINCT p.user_id AS "userId" FROM person_affiliations a JOIN people p ON p.id = a.person_id
        WHERE a.organisation_id = ANY($1::uuid[]) AND p.erased_at IS NULL AND p.user_id IS NOT NULL`,
      [organisationIds],
    );
    return rows.map((r) => r.userId);
  }

  isAffiliated(personId: string, organisationId: string): Promise<boolean> {
    return this.affiliations.exists({ where: { personId, organisationId } });
  }

  /** Contacts for matching an import by email, erased ones included. */
  contactsForImport(): Promise<Pick<PersonEntity, 'id' | 'email' | 'firstName' | 'lastName' | 'erasedAt'>[]> {
    return this.people.find({ select: { id: true, email: true, firstName: true, lastName: true, erasedAt: true } });
  }

  /**
   * Writes an import in one transaction: each row updates the person it matched (or one created by an earlier row
   * with the same email) or creates one, and upserts its affiliation; `alsoInTransaction` (the audit entry) commits
   * alongside.
   */
  async applyImport(rows: ImportedPerson[], alsoInTransaction: () => Promise<void>): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      const idByEmail = new Map<string, string>();
      for (const p of rows) {
        let id = p.existingId ?? (p.email ? idByEmail.get(p.email) : undefined);
        if (id) await tx.update(PersonEntity, id, p.columns);
        else id = (await tx.save(tx.create(PersonEntity, { ...p.columns, userId: null, erasedAt: null }))).id;
        if (p.email) idByEmail.set(p.email, id);
        if (p.affiliation) {
          await tx.upsert(PersonAffiliationEntity, { personId: id, ...p.affiliation }, { conflictPaths: ['personId', 'organisationId'] });
        }
      }
      await alsoInTransaction();
    });
  }
}

export interface AffiliationRow {
  organisationId: string;
  role: PersonAffiliationEntity['role'];
  title?: string | null;
}

export interface ImportedPerson {
  existingId?: string;
  email: string | null;
  columns: Partial<PersonEntity>;
  affiliation?: { organisationId: string; role: PersonAffiliationEntity['role']; title: string | null };
}

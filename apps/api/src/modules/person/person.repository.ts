import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { personQuerySchema } from '@cantiere/domain';
import type { z } from 'zod';
import { PERSON_SEARCH_VECTOR, likeLiteral, prefixTsQuery } from '../../core/database/text-search';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

export type PersonFilter = Omit<z.output<typeof personQuerySchema>, 'page' | 'pageSize'>;

@Injectable()
export class PersonRepository {
  constructor(
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(PersonAffiliationEntity) private readonly affiliations: Repository<PersonAffiliationEntity>,
  ) {}

  /** Erased people are kept for the coherence of records but are no longer contacts: never listed. */
  async search(f: PersonFilter, page: { skip: number; take: number }): Promise<[PersonEntity[], number]> {
    const qb = this.people.createQueryBuilder('p').where('p.erased_at IS NULL');
    const tsq = f.q ? prefixTsQuery(f.q) : null;
    if (f.q) {
      qb.andWhere(`(${tsq ? `${PERSON_SEARCH_VECTOR} @@ to_tsquery('italian'::regconfig, :tsq) OR ` : ''}(p.first_name || ' ' || p.last_name) ILIKE :like OR p.email ILIKE :like)`, {
        tsq,
        like: `%${likeLiteral(f.q)}%`,
      });
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
}

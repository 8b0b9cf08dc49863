import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { SpaceMemberEntity } from '../space/space-member.entity';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

/** What the data subject's rights read and write about a person. */
@Injectable()
export class PersonPrivacyRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /**
   * Everything held about the person, for the export. Space memberships are read here rather than through
   * SpaceService because the space module depends on this one (a membership names a person).
   */
  async holdings(id: string): Promise<{ person: PersonEntity; affiliations: PersonAffiliationEntity[]; memberships: SpaceMemberEntity[] } | null> {
    const person = await this.people.findOne({ where: { id } });
    if (!person) return null;
    const affiliations = await this.people.manager.getRepository(PersonAffiliationEntity).find({ where: { personId: id }, relations: { organisation: true } });
    const memberships = await this.people.manager
      .getRepository(SpaceMemberEntity)
      .find({ where: { personId: id }, relations: { space: true, organisation: true } });
    return { person, affiliations, memberships };
  }

  /**
   * Anonymises the person and their affiliations' titles under a row lock, with `alsoInTransaction` (other owners'
   * rows, the log) committing alongside with the same erasure time. `check` refuses a person that is missing or already erased.
   */
  erase(
    id: string,
    check: (person: PersonEntity | null) => PersonEntity,
    alsoInTransaction: (person: PersonEntity, now: Date, tx: EntityManager) => Promise<void>,
  ): Promise<PersonEntity> {
    return this.people.manager.transaction(async (tx) => {
      const person = check(await tx.findOne(PersonEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }));
      const now = new Date();
      await tx.update(PersonEntity, id, {
        firstName: 'Persona',
        lastName: `cancellata ${id.slice(0, 8)}`,
        email: null,
        phone: null,
        notes: null,
        consentLegalBasis: null,
        consentPurpose: null,
        consentDate: null,
        consentSource: null,
        contactsPublic: false,
        erasedAt: now,
      });
      await tx.update(PersonAffiliationEntity, { personId: id }, { title: null });
      await alsoInTransaction(person, now, tx);
      return (await tx.findOne(PersonEntity, { where: { id } }))!;
    });
  }
}

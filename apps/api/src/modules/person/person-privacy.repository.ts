import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { SpaceMemberEntity } from '../space/space-member.entity';
import { PersonAffiliationEntity } from './person-affiliation.entity';
import { PersonEntity } from './person.entity';

/** What the data subject's rights read and write about a person. */
@Injectable()
export class PersonPrivacyRepository {
  constructor(private readonly txHost: TxHost) {}

  private get people() {
    return this.txHost.tx.getRepository(PersonEntity);
  }

  /**
   * Everything held about the person, for the export. Space memberships are read here rather than through
   * SpaceService because the space module depends on this one (a membership names a person).
   */
  async holdings(id: string): Promise<{ person: PersonEntity; affiliations: PersonAffiliationEntity[]; memberships: SpaceMemberEntity[] } | null> {
    const person = await this.people.findOne({ where: { id } });
    if (!person) return null;
    const affiliations = await this.txHost.tx.getRepository(PersonAffiliationEntity).find({ where: { personId: id }, relations: { organisation: true } });
    const memberships = await this.people.manager
      .getRepository(SpaceMemberEntity)
      .find({ where: { personId: id }, relations: { space: true, organisation: true } });
    return { person, affiliations, memberships };
  }

  /**
   * Anonymises the person and their affiliations' titles under a row lock, with `alsoInTransaction` (other owners'
   * rows, the log) committing alongside with the same erasure time: it runs in the same transaction, which the other
   * modules' repositories join through the transaction host. `check` refuses a person that is missing or already erased.
   */
  erase(
    id: string,
    check: (person: PersonEntity | null) => PersonEntity,
    alsoInTransaction: (person: PersonEntity, now: Date) => Promise<void>,
  ): Promise<PersonEntity> {
    return this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
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
      await alsoInTransaction(person, now);
      return (await tx.findOne(PersonEntity, { where: { id } }))!;
    });
  }
}

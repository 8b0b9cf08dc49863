import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';
import { PersonRepository } from './person.repository';

/** The rights on a person's record, each decided for a whole page of people with one query. */
@Injectable()
export class PersonAccessRules implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly people: PersonRepository,
  ) {}

  onModuleInit() {
    this.access.register('person.edit', {
      denied: "Only administrators and members of this person's organisations can change it",
      decide: async (actor, ids) => {
        if (this.access.isAdmin(actor)) return new Set(ids);
        const personId = await this.access.personId(actor);
        return personId ? this.people.editableBy(personId, ids) : new Set();
      },
    });
    this.access.register('person.contact.read', {
      denied: "This person's contacts are not shown to you",
      decide: async (actor, ids) => {
        const isAdmin = this.access.isAdmin(actor);
        return this.people.contactsVisibleTo({ isAdmin, personId: isAdmin ? null : await this.access.personId(actor) }, [...ids]);
      },
    });
  }
}

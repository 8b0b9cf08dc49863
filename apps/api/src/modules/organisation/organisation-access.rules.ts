import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../../core/access/access.service';

/** `organisation.edit`: administrators and the organisation's own members, decided from one lookup of the caller's. */
@Injectable()
export class OrganisationAccessRules implements OnModuleInit {
  constructor(private readonly access: AccessService) {}

  onModuleInit() {
    this.access.register('organisation.edit', {
      denied: 'Only members of this organisation and administrators can change it',
      decide: async (actor, ids) => {
        if (this.access.isAdmin(actor)) return new Set(ids);
        const mine = new Set(await this.access.organisationIds(actor));
        return new Set(ids.filter((id) => mine.has(id)));
      },
    });
  }
}

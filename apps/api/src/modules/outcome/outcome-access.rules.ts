import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import { ActionEntity } from './action.entity';

/**
 * `action.update`: the people of the action's responsible organisation keep its status current; the space's
 * facilitators and administrators may too. One lookup of the actions, one of the caller's organisations, one space rule.
 */
@Injectable()
export class OutcomeAccessRules implements OnModuleInit {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    private readonly access: AccessService,
  ) {}

  onModuleInit() {
    this.access.register('action.update', {
      denied: 'Only the responsible organisation and the facilitators can update this action',
      decide: async (actor, ids) => {
        const rows = await this.actions.find({ where: { id: In([...ids]) }, select: { id: true, spaceId: true, responsibleOrganisationId: true } });
        const [mine, facilitated] = await Promise.all([
          this.access.organisationIds(actor),
          this.access.allowed(
            actor,
            'space.manage',
            rows.map((a) => a.spaceId),
          ),
        ]);
        const organisations = new Set(mine);
        const responsible = (a: ActionEntity) => a.responsibleOrganisationId !== null && organisations.has(a.responsibleOrganisationId);
        return new Set(rows.filter((a) => responsible(a) || facilitated.has(a.spaceId)).map((a) => a.id));
      },
    });
  }
}

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AccessService } from '../../../core/access/access.service';
import { PlanRepository } from '../plan.repository';

/**
 * `plan.comment`: the space's contributors (administrators, facilitators, members; not observers) comment in every
 * status of the plan, since after adoption the comments carry the monitoring discussion; nobody in an archived space.
 */
@Injectable()
export class PlanCommentAccessRules implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly plans: PlanRepository,
  ) {}

  onModuleInit() {
    this.access.register('plan.comment', {
      denied: "Only the space's facilitators and members can comment on this plan",
      decide: async (actor, ids) => {
        const plans = await this.plans.findMany(ids);
        const granted = await this.access.allowed(
          actor,
          'space.contribute',
          plans.map((p) => p.spaceId),
        );
        return new Set(plans.filter((p) => granted.has(p.spaceId) && !p.space?.archivedAt).map((p) => p.id));
      },
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { OrganisationPlanAction } from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { OrganisationService } from '../../organisation';
import { PlanRepository } from '../plan.repository';
import { OrganisationActionsRepository } from './organisation-actions.repository';

/**
 * The actions an organisation leads or partners in, across plans: an organisation's page shows what it answers for.
 * Only plans the caller may read (`plan.read`, which follows the plan's space) contribute: a private table's plan
 * stays invisible to whoever cannot see the table, even on a public organisation's page.
 */
@Injectable()
export class OrganisationActionsService {
  constructor(
    private readonly rows: OrganisationActionsRepository,
    private readonly plans: PlanRepository,
    private readonly access: AccessService,
    private readonly organisations: OrganisationService,
  ) {}

  async list(actor: Actor, organisationId: string): Promise<OrganisationPlanAction[]> {
    // An unknown organisation is a 404, as on its own page.
    await this.organisations.get(actor, organisationId);
    const rows = await this.rows.byOrganisation(organisationId);
    const planIds = [...new Set(rows.map((r) => r.planId))];
    const readable = await this.access.allowed(actor, 'plan.read', planIds);
    const plans = new Map((await this.plans.findMany([...readable])).map((p) => [p.id, p]));
    const planOrder = [...plans.values()]
      .sort((a, b) => b.startYear - a.startYear || b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id))
      .map((p) => p.id);
    return rows
      .filter((r) => plans.has(r.planId))
      .sort((a, b) => planOrder.indexOf(a.planId) - planOrder.indexOf(b.planId))
      .map((r) => {
        const plan = plans.get(r.planId)!;
        return {
          ...r,
          planTitle: plan.title,
          planStatus: plan.status,
          spaceId: plan.spaceId,
          spaceName: plan.space?.name ?? '',
        };
      });
  }
}

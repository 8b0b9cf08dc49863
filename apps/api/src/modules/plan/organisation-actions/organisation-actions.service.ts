import { Injectable } from '@nestjs/common';
import type { OrganisationPlanAction } from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { OrganisationService } from '../../organisation';
import { PlanMonitoringService } from '../monitoring';
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
    private readonly monitoring: PlanMonitoringService,
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
    // Adopted plans show their actions as monitored, as on the plan's own page.
    const monitored = new Map<string, { status: OrganisationPlanAction['status']; progress: number }>();
    for (const plan of [...plans.values()].filter((p) => p.status === 'adopted'))
      for (const a of (await this.monitoring.current(plan.id))?.actions ?? []) monitored.set(a.actionId, { status: a.status, progress: a.progress });
    return rows
      .filter((r) => plans.has(r.planId))
      .map((r) => ({ ...r, ...monitored.get(r.actionId) }))
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

import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isPlanMonitored } from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import { PlanMonitoringRepository } from './plan-monitoring.repository';

/**
 * `plan.monitor`, decided per action: once the plan is adopted, the members (not observers) of the action's lead
 * organisation report on it; the space's facilitators and administrators may too. One lookup of the actions, one of
 * the caller's organisations, two space rules.
 */
@Injectable()
export class PlanMonitorAccessRules implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly rows: PlanMonitoringRepository,
  ) {}

  onModuleInit() {
    this.access.register('plan.monitor', {
      denied: "Only the action's lead organisation and the space's facilitators can update its progress",
      decide: async (actor, ids) => {
        const actions = (await this.rows.actionsWithPlan(ids)).filter((a) => a.plan && isPlanMonitored(a.plan));
        const spaces = [...new Set(actions.map((a) => a.plan!.spaceId))];
        const [mine, managed, contributing] = [
          new Set(await this.access.organisationIds(actor)),
          await this.access.allowed(actor, 'space.manage', spaces),
          await this.access.allowed(actor, 'space.contribute', spaces),
        ];
        const leads = (a: (typeof actions)[number]) => a.leadOrganisationId !== null && mine.has(a.leadOrganisationId) && contributing.has(a.plan!.spaceId);
        return new Set(actions.filter((a) => managed.has(a.plan!.spaceId) || leads(a)).map((a) => a.id));
      },
    });
  }
}

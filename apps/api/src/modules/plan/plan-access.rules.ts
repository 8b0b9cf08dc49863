import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PLAN_EDITABLE_STATUSES, PLAN_RIGHTS, type Plan, type PlanStatus } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import type { AccessDecision } from '../../collab';
import type { PlanEntity } from './plan.entity';
import { PlanRepository } from './plan.repository';

type SpaceRight = 'space.read' | 'space.contribute' | 'space.manage';

/**
 * A plan takes its space's rights: whoever reads the space reads the plan; members (not observers) co-edit it while it
 * is a draft or under revision; facilitators submit, withdraw, adopt and revise it; administrators hold every space right.
 * Nobody writes in an archived space. The live document's access asks the same rules.
 */
@Injectable()
export class PlanAccessRules implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly plans: PlanRepository,
  ) {}

  onModuleInit() {
    this.access.register('plan.read', {
      denied: 'You cannot see this plan',
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.read', () => true),
    });
    this.access.register('plan.write', {
      denied: 'You can read this plan but not change it',
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.contribute', (p) => PLAN_EDITABLE_STATUSES.includes(p.status) && !p.space?.archivedAt),
    });
    this.access.register('plan.submit', {
      denied: "Only the space's facilitators and administrators can submit or withdraw a plan",
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.manage', (p) => (['draft', 'under_revision', 'submitted'] as PlanStatus[]).includes(p.status)),
    });
    this.access.register('plan.adopt', {
      denied: "Only the space's facilitators and administrators can adopt or revise a plan",
      // Adopting a submitted plan, or opening an adopted one to revision.
      decide: (actor, ids) => this.bySpace(actor, ids, 'space.manage', (p) => p.status === 'submitted' || p.status === 'adopted'),
    });
  }

  /** The live document's access: not found without `plan.read`, then write or read. */
  async decide(actor: Actor, planId: string): Promise<AccessDecision> {
    if (!(await this.access.allowed(actor, 'plan.read', [planId])).has(planId)) return 'not_found';
    return (await this.access.allowed(actor, 'plan.write', [planId])).has(planId) ? 'write' : 'read';
  }

  can(actor: Actor, ids: readonly string[]): Promise<Map<string, Plan['can']>> {
    return this.access.can(actor, PLAN_RIGHTS, ids);
  }

  /** The plans among `ids` whose space grants `spaceRight` and that pass `also`: one query, plus the space rule's. */
  private async bySpace(actor: Actor, ids: readonly string[], spaceRight: SpaceRight, also: (p: PlanEntity) => boolean): Promise<Set<string>> {
    const plans = await this.plans.findMany(ids);
    const granted = await this.access.allowed(
      actor,
      spaceRight,
      plans.map((p) => p.spaceId),
    );
    return new Set(plans.filter((p) => granted.has(p.spaceId) && also(p)).map((p) => p.id));
  }
}

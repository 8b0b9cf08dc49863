import type { AdoptedPlan, AdoptionAct, PlanAdoption, PlanDetail } from '@cantiere/domain';
import type { PlanAdoptionEntity } from './plan-adoption.entity';

/** The plan as sealed: what REST served, less the rights of whoever happened to adopt it. */
export function toAdoptedPlan(detail: PlanDetail): AdoptedPlan {
  const { access: _access, can: _can, ...plan } = detail;
  return plan;
}

export function toPlanAdoption(a: PlanAdoptionEntity, act: AdoptionAct, history: readonly PlanAdoptionEntity[]): PlanAdoption {
  return {
    id: a.id,
    version: a.version,
    sha256: a.sha256,
    adoptedAt: a.adoptedAt.toISOString(),
    act,
    supersededAt: a.supersededAt?.toISOString() ?? null,
    supersededByVersion: history.find((h) => h.id === a.supersededById)?.version ?? null,
  };
}

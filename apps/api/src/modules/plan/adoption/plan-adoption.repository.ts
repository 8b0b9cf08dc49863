import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TxHost } from '../../../core/database/transaction';
import { PlanEntity } from '../plan.entity';
import { PlanAdoptionEntity } from './plan-adoption.entity';

/** The adoptions of plans, and the plan row's lock that keeps two adoptions (or revisions) from crossing. */
@Injectable()
export class PlanAdoptionRepository {
  constructor(private readonly txHost: TxHost) {}

  private get repo() {
    return this.txHost.tx.getRepository(PlanAdoptionEntity);
  }

  /** The plan's status under a row lock, inside the current transaction: a concurrent cycle step waits for it. */
  async lockedStatus(planId: string): Promise<PlanEntity['status'] | null> {
    const rows: { status: PlanEntity['status'] }[] = await this.txHost.tx.query('SELECT status FROM plans WHERE id = $1 FOR UPDATE', [planId]);
    return rows[0]?.status ?? null;
  }

  /** The adoption in force: the latest, never superseded. */
  inForce(planId: string): Promise<PlanAdoptionEntity | null> {
    return this.repo.findOne({ where: { planId, supersededAt: IsNull() }, order: { version: 'DESC' } });
  }

  history(planId: string): Promise<PlanAdoptionEntity[]> {
    return this.repo.find({ where: { planId }, order: { version: 'DESC' } });
  }

  insert(values: Omit<PlanAdoptionEntity, 'id' | 'supersededAt' | 'supersededById'>): Promise<PlanAdoptionEntity> {
    return this.repo.save(this.repo.create({ ...values, supersededAt: null, supersededById: null }));
  }

  async supersede(id: string, byId: string, at: Date): Promise<void> {
    await this.repo.update({ id, supersededAt: IsNull() }, { supersededAt: at, supersededById: byId });
  }
}

import { Injectable } from '@nestjs/common';
import type { PlanCommentCount, PlanCommentTarget } from '@cantiere/domain';
import { TxHost } from '../../../core/database/transaction';
import { PlanCommentEntity } from './plan-comment.entity';

/** The comments' rows, and the one question they ask of the plan's own rows: does the commented record exist. */
@Injectable()
export class PlanCommentRepository {
  constructor(private readonly txHost: TxHost) {}

  private get rows() {
    return this.txHost.tx.getRepository(PlanCommentEntity);
  }

  find(planId: string, id: string): Promise<PlanCommentEntity | null> {
    return this.rows.findOne({ where: { id, planId } });
  }

  list(planId: string, filter: { recordKind?: PlanCommentTarget; recordId?: string }): Promise<PlanCommentEntity[]> {
    return this.rows.find({
      where: { planId, ...(filter.recordKind ? { recordKind: filter.recordKind } : {}), ...(filter.recordId ? { recordId: filter.recordId } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  insert(row: Omit<PlanCommentEntity, 'id' | 'createdAt' | 'editedAt' | 'deletedAt' | 'resolvedAt' | 'resolvedBy' | 'resolvedByName'>) {
    return this.rows.save(this.rows.create(row));
  }

  async update(id: string, changes: Partial<PlanCommentEntity>): Promise<void> {
    await this.rows.update({ id }, changes);
  }

  /** Whether the plan holds this objective or action as a projected row. */
  async recordExists(planId: string, kind: PlanCommentTarget, recordId: string): Promise<boolean> {
    const table = kind === 'objective' ? 'plan_objectives' : 'plan_actions';
    const found: unknown[] = await this.txHost.tx.query(`SELECT 1 FROM ${table} WHERE id = $1 AND plan_id = $2`, [recordId, planId]);
    return found.length > 0;
  }

  /** Threads (roots) per commented record: those neither resolved nor deleted are open. */
  async counts(planId: string): Promise<PlanCommentCount[]> {
    const rows: { record_kind: PlanCommentTarget; record_id: string; open: number; threads: number }[] = await this.txHost.tx.query(
      `SELECT record_kind, record_id,
              count(*) FILTER (WHERE resolved_at IS NULL AND deleted_at IS NULL)::int AS open,
              count(*)::int AS threads
         FROM plan_comments WHERE plan_id = $1 AND parent_id IS NULL
        GROUP BY record_kind, record_id ORDER BY record_kind, record_id`,
      [planId],
    );
    return rows.map((r) => ({ recordKind: r.record_kind, recordId: r.record_id, open: r.open, threads: r.threads }));
  }
}

import { Injectable } from '@nestjs/common';
import type { OrganisationActionRole, PlanActionStatus } from '@cantiere/domain';
import { TxHost } from '../../../core/database/transaction';

/** An action row an organisation takes part in, before the plan's header and the caller's rights are joined. */
export interface OrganisationActionRow {
  planId: string;
  objectiveId: string;
  objectiveCode: string;
  objectiveTitle: string;
  actionId: string;
  actionTitle: string;
  role: OrganisationActionRole;
  status: PlanActionStatus;
  progress: number;
  startDate: string | null;
  endDate: string | null;
}

@Injectable()
export class OrganisationActionsRepository {
  constructor(private readonly txHost: TxHost) {}

  /**
   * Every projected action the organisation leads or is a partner of, in objective and action order. Leading wins over
   * a partner row (the live form refuses a lead listed as partner, but rows of an old state may still hold both).
   */
  async byOrganisation(organisationId: string): Promise<OrganisationActionRow[]> {
    const rows: (Omit<OrganisationActionRow, 'progress'> & { progress: string | number })[] = await this.txHost.tx.query(
      `SELECT a.plan_id AS "planId", o.id AS "objectiveId", o.code AS "objectiveCode", o.title AS "objectiveTitle",
              a.id AS "actionId", a.title AS "actionTitle",
              CASE WHEN a.lead_organisation_id = $1 THEN 'lead' ELSE p.role END AS role,
              a.status, a.progress, to_char(a.start_date, 'YYYY-MM-DD') AS "startDate", to_char(a.end_date, 'YYYY-MM-DD') AS "endDate"
         FROM plan_actions a
         JOIN plan_objectives o ON o.id = a.objective_id
         LEFT JOIN plan_action_partners p ON p.action_id = a.id AND p.organisation_id = $1
        WHERE a.lead_organisation_id = $1 OR p.organisation_id IS NOT NULL
        ORDER BY o.order_key COLLATE "C", a.order_key COLLATE "C", a.id`,
      [organisationId],
    );
    return rows.map((r) => ({ ...r, progress: Number(r.progress) }));
  }
}

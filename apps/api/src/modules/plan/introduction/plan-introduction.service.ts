import { Injectable } from '@nestjs/common';
import type { PlanDetail, PlanIntroductionInput } from '@cantiere/domain';
import { AccessService } from '../../../core/access/access.service';
import type { Actor } from '../../../core/auth/actor';
import { Transactional } from '../../../core/database/transaction';
import { AppError } from '../../../core/errors/app-error';
import { AuditService } from '../../audit';
import { DocumentService } from '../../document';
import { PlanRepository } from '../plan.repository';
import { PlanService } from '../plan.service';

/** A Piano di Zona spans three years: a plan opened from a draft document starts this year. */
const NEW_PLAN_YEARS = 3;

/**
 * Old free-text plan documents (`action_plan_draft`) turned into a structured plan's introduction. The text is copied
 * as the document reads now; the document is left untouched and readable, and the plan keeps a link to it.
 */
@Injectable()
export class PlanIntroductionService {
  constructor(
    private readonly documents: DocumentService,
    private readonly plans: PlanService,
    private readonly rows: PlanRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async fromDocument(actor: Actor, documentId: string, input: PlanIntroductionInput): Promise<PlanDetail> {
    const { entity: document, text } = await this.documents.planDraftText(actor, documentId);
    let planId = input.planId ?? null;
    if (planId) {
      const plan = await this.rows.find(planId);
      const readable = plan ? (await this.access.allowed(actor, 'plan.read', [planId])).has(planId) : false;
      if (!plan || !readable) throw AppError.validation([{ path: 'planId', message: 'unknown_plan' }]);
      if (plan.spaceId !== document.spaceId) throw AppError.validation([{ path: 'planId', message: 'other_space' }]);
      // A submitted or adopted plan keeps the text it was submitted with.
      await this.access.require(actor, 'plan.write', [planId]);
    } else {
      const year = new Date().getFullYear();
      const title = document.title.trim().length >= 3 ? document.title.trim() : `Piano ${year}-${year + NEW_PLAN_YEARS - 1}`;
      planId = (await this.plans.create(actor, { spaceId: document.spaceId, title, startYear: year, endYear: year + NEW_PLAN_YEARS - 1 })).id;
    }
    const target = planId;
    await this.audit.change(
      () => this.rows.update(target, { introduction: text, introductionDocumentId: document.id }),
      () => ({ actor, action: 'plan.introduction', entity: 'plan', entityId: target, after: { introductionDocumentId: document.id } }),
    );
    return this.plans.get(actor, target);
  }
}

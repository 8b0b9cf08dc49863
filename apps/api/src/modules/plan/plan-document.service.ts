import { Injectable, OnModuleInit } from '@nestjs/common';
import type * as Y from 'yjs';
import { checkPlanUpdate, docIdOf, readRecords, writeRecord, planCollection, type PlanCollection } from '@cantiere/collab';
import { CollabDocuments, fragmentText } from '../../collab';
import { AccessService } from '../../core/access/access.service';
import { TxHost } from '../../core/database/transaction';
import { OrganisationService } from '../organisation';
import { ReferenceService } from '../reference';
import { PlanAccessRules } from './plan-access.rules';
import { PlanChangeTracker, type ChangedRecords } from './plan-change-tracker';
import { planProjection, wholeScope, type DocRecord, type ProjectionScope } from './plan-projection';
import { projectionScope, scopedRecords } from './plan-projection-scope';
import { PlanProjectionRepository } from './plan-projection.repository';
import { PlanRepository, type PlanRows } from './plan.repository';

const PROJECT_AFTER_MS = 500;
export const AUTO_VERSION_EVERY_MS = 10 * 60_000;
export const planDocId = (planId: string) => docIdOf('action-plan', planId);

/**
 * The plan as a kind of live document (`action-plan:<planId>`): its access (the plan's rights), the shape check every
 * client update passes before it is applied, and the projection of its records into rows after commits, incremental
 * (only the records the commits touched, and those depending on them, are read; only those whose state changed are
 * written) and in one transaction with the contributors it learns from the log.
 * Rows also seed a document (a new plan, the demo plan). Freezing is the collaboration engine's, as for the verbale.
 */
@Injectable()
export class PlanDocumentService implements OnModuleInit {
  private readonly changes = new PlanChangeTracker();

  constructor(
    private readonly collab: CollabDocuments,
    private readonly rules: PlanAccessRules,
    private readonly projection: PlanProjectionRepository,
    private readonly plans: PlanRepository,
    private readonly organisations: OrganisationService,
    private readonly reference: ReferenceService,
    private readonly access: AccessService,
    private readonly txHost: TxHost,
  ) {}

  onModuleInit() {
    this.collab.registerKind({
      prefix: 'action-plan',
      access: (actor, planId) => this.rules.decide(actor, planId),
      checkUpdate: (content, update) => {
        const check = checkPlanUpdate(content, update);
        return check.ok ? null : check.reason;
      },
      project: { afterMs: PROJECT_AFTER_MS, run: (planId, content, at) => this.projectDoc(planId, content, at.seq) },
      autoVersionEveryMs: AUTO_VERSION_EVERY_MS,
      // An adopted plan is a record: its document stays exactly as adopted.
      frozen: { upgrade: false },
    });
  }

  /**
   * Projects now, with every committed update (before a submission, an adoption or an export): a full run, so that the
   * rows such a step relies on are judged against the references of now, not only where the document changed.
   */
  async flush(planId: string): Promise<void> {
    this.changes.giveBack(await this.collab.content(planDocId(planId)), null);
    await this.collab.project(planDocId(planId));
  }

  /** Makes the plan's document final on every instance (adoption); `thaw` undoes it if what follows fails. */
  freeze(planId: string): Promise<void> {
    return this.collab.freeze(planDocId(planId));
  }

  thaw(planId: string): Promise<void> {
    return this.collab.thaw(planDocId(planId));
  }

  /** Tells every open editor its rights again (the plan's status changed). */
  refreshAccess(planId: string): Promise<void> {
    return this.collab.refreshAccess(planDocId(planId), 'rights_changed');
  }

  /**
   * Projects the records changed since the last run (all of them the first time this instance projects the document,
   * or when a run failed without knowing what it had taken), with those their judgement depends on.
   */
  async projectDoc(planId: string, content: Y.Doc, seq: number): Promise<void> {
    const changed = this.changes.take(content);
    try {
      await this.projectChanges(planId, content, seq, changed);
    } catch (err) {
      this.changes.giveBack(content, changed);
      throw err;
    }
  }

  private async projectChanges(planId: string, content: Y.Doc, seq: number, changed: ChangedRecords | null): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const stored = await this.projection.stored(planId);
      // A projection of an older state (another instance's, late) must not undo a newer one.
      if (!stored || seq < stored.projectedSeq) return;
      let doc: Record<PlanCollection, DocRecord[]>;
      let scope: ProjectionScope;
      if (changed) {
        scope = projectionScope(content, changed, stored);
        doc = scopedRecords(content, scope, fragmentText);
      } else {
        const records = (collection: PlanCollection) => readRecords(content, collection, fragmentText);
        doc = { objectives: records('objectives'), actions: records('actions'), indicators: records('indicators') };
        scope = wholeScope(doc, stored);
      }
      const ids = [...doc.objectives, ...doc.actions, ...doc.indicators].map((r) => r.id);
      const refs = { ...(await this.references(doc)), takenIds: await this.projection.takenByOtherPlans(planId, ids) };
      const plan = planProjection(doc, stored, refs, scope);
      await this.projection.write(planId, plan, seq, await this.contributors(planId, content, stored.projectedSeq, seq));
    });
  }

  /** The reference lists and organisations the records in scope may name (none asked for when none can be named). */
  private async references(doc: Record<PlanCollection, DocRecord[]>) {
    const kinds = [
      ...(doc.objectives.length ? (['macro_area', 'leps'] as const) : []),
      ...(doc.objectives.length + doc.actions.length ? (['funding_source'] as const) : []),
    ];
    const codes = await this.reference.codesOf(kinds);
    const named = doc.actions.flatMap((a) => [
      ...(typeof a.fields.leadOrganisationId === 'string' ? [a.fields.leadOrganisationId] : []),
      ...Object.keys((a.fields.partners as object | null) ?? {}),
    ]);
    return {
      macroAreas: codes.get('macro_area') ?? new Set<string>(),
      leps: codes.get('leps') ?? new Set<string>(),
      fundingSources: codes.get('funding_source') ?? new Set<string>(),
      organisations: await this.organisations.existingIds([...new Set(named)].filter((id) => /^[0-9a-f-]{36}$/i.test(id))),
    };
  }

  /** Which organisations edited which actions in the log since the last projection (authors known, bytes not folded yet). */
  private async contributors(planId: string, content: Y.Doc, afterSeq: number, uptoSeq: number) {
    if (uptoSeq <= afterSeq) return [];
    const edits = await this.collab.authoredSince(planDocId(planId), afterSeq, uptoSeq);
    const actionsByAuthor = new Map<string, Set<string>>();
    for (const edit of edits) {
      const check = checkPlanUpdate(content, edit.update);
      if (!check.ok) continue;
      const touched = check.touched.filter((r) => r.collection === 'actions').map((r) => r.id);
      if (touched.length) actionsByAuthor.set(edit.author, new Set([...(actionsByAuthor.get(edit.author) ?? []), ...touched]));
    }
    const organisations = await this.access.organisationIdsOfUsers([...actionsByAuthor.keys()]);
    const pairs = new Map<string, { actionId: string; organisationId: string }>();
    for (const [author, actionIds] of actionsByAuthor)
      for (const actionId of actionIds)
        for (const organisationId of organisations.get(author) ?? []) pairs.set(`${actionId}:${organisationId}`, { actionId, organisationId });
    return [...pairs.values()];
  }

  /**
   * Writes the plan's rows into its document as a server change, for records the document does not hold yet: a new
   * plan's document starts from its rows (none for an empty plan, so nothing is written), as will a revision.
   */
  async seedFromRows(planId: string, authorId: string): Promise<void> {
    const plan = await this.plans.find(planId);
    if (!plan) return;
    const rows = await this.plans.rows(plan);
    await this.collab.applyServerChange(planDocId(planId), authorId, (doc) => writeRows(doc, rows));
  }
}

/** The rows as records of the document's shape; records it already holds are left as they are. */
export function writeRows(doc: Y.Doc, rows: PlanRows) {
  const absent = (collection: PlanCollection, id: string) => !planCollection(doc, collection).has(id);
  for (const o of rows.objectives) {
    if (!absent('objectives', o.id)) continue;
    const budget = Object.fromEntries(rows.objectiveBudgets.filter((b) => b.objectiveId === o.id).map((b) => [b.fundingSource, b.plannedCents]));
    writeRecord(doc, 'objectives', o.id, { ...o, order: o.orderKey, budget });
  }
  for (const a of rows.actions) {
    if (!absent('actions', a.id)) continue;
    const budgets = rows.actionBudgets.filter((b) => b.actionId === a.id);
    writeRecord(doc, 'actions', a.id, {
      ...a,
      order: a.orderKey,
      partners: Object.fromEntries(
        rows.partners.filter((p) => p.actionId === a.id).map((p) => [p.organisationId, { role: p.role, budgetShareCents: p.budgetShareCents }]),
      ),
      beneficiaries: { expected: a.beneficiariesExpected, description: a.beneficiariesDescription },
      budgetPlanned: Object.fromEntries(budgets.map((b) => [b.fundingSource, b.plannedCents])),
      budgetSpent: Object.fromEntries(budgets.filter((b) => b.spentCents > 0).map((b) => [b.fundingSource, b.spentCents])),
      milestones: Object.fromEntries(rows.milestones.filter((m) => m.actionId === a.id).map((m) => [m.id, { date: m.dueOn, title: m.title, done: m.done }])),
    });
  }
  for (const i of rows.indicators) {
    if (!absent('indicators', i.id)) continue;
    writeRecord(doc, 'indicators', i.id, {
      ...i,
      order: i.orderKey,
      baseline: i.baselineValue === null ? null : { value: i.baselineValue, date: i.baselineDate, source: i.baselineSource },
      target: i.targetValue === null ? null : { value: i.targetValue, date: i.targetDate },
      acceptableRange: i.rangeMin === null || i.rangeMax === null ? null : { min: i.rangeMin, max: i.rangeMax },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { actionLateness, romeToday } from '@cantiere/domain';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { NotificationCenter, type NotificationLanguage } from '../../notification';
import { PlanMonitoringRepository } from './plan-monitoring.repository';
import { currentActions } from './plan-monitoring.view';

export const PLAN_OVERDUE_JOB = 'plan.monitoring-overdue';
export const PLAN_OVERDUE_KIND = 'plan_overdue';

interface OverdueData {
  planId: string;
  planTitle: string;
  what: 'action' | 'milestone';
  title: string;
  actionTitle: string;
  dueOn: string;
}

const TEXTS = {
  it: { label: 'Scadenze superate nei piani', action: 'Azione del piano in ritardo', milestone: 'Tappa del piano in ritardo', due: 'era prevista per il' },
  en: { label: 'Overdue items in plans', action: 'Plan action overdue', milestone: 'Plan milestone overdue', due: 'was due on' },
} as const;

const longDate = (date: string, lang: NotificationLanguage) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long' });

/**
 * Each morning, flags the milestones of adopted plans whose date passed undone and the actions past their end date
 * that are neither completed nor cancelled (as monitored), and tells the lead organisation's people once per item and
 * due date: the flag is a row, so a second run (or a retry) finds it and notifies nothing.
 */
@Injectable()
export class PlanOverdueService {
  constructor(
    private readonly rows: PlanMonitoringRepository,
    private readonly center: NotificationCenter,
    jobs: JobQueue,
  ) {
    this.center.registerKind<OverdueData>({
      kind: PLAN_OVERDUE_KIND,
      label: { it: TEXTS.it.label, en: TEXTS.en.label },
      defaultChannel: 'digest',
      render: (lang, d) => ({
        title: TEXTS[lang][d.what],
        body:
          d.what === 'action'
            ? `${d.title} (${d.planTitle}): ${TEXTS[lang].due} ${longDate(d.dueOn, lang)}`
            : `${d.title}, ${d.actionTitle} (${d.planTitle}): ${TEXTS[lang].due} ${longDate(d.dueOn, lang)}`,
        link: `/piani/${d.planId}`,
      }),
    });
    jobs.define({ name: PLAN_OVERDUE_JOB, cron: '20 9 * * *', singleton: true, retryLimit: 2, batchSize: 1, handler: () => this.flagOverdue(new Date()) });
  }

  /** Flags what is overdue on `at`'s day (Europe/Rome) and notifies what was not flagged before; returns how many were new. */
  async flagOverdue(at: Date): Promise<number> {
    const today = romeToday(at);
    let flagged = 0;
    for (const plan of await this.rows.monitoredPlans()) {
      const lineageId = await this.rows.lineageOf(plan.id);
      for (const action of currentActions(await this.rows.rows(plan.id, lineageId))) {
        const late = actionLateness(action, today);
        if (!late) continue;
        const items: { what: 'action' | 'milestone'; id: string; title: string; dueOn: string }[] = [];
        if (late.endPassed) items.push({ what: 'action', id: action.id, title: action.title, dueOn: action.endDate! });
        for (const m of late.overdueMilestones) items.push({ what: 'milestone', id: m.id, title: m.title, dueOn: m.date });
        for (const item of items) {
          const fresh = await this.rows.flagOverdue({
            lineageId,
            recordKind: item.what,
            recordId: item.id,
            dueOn: item.dueOn,
            planId: plan.id,
            actionId: action.id,
          });
          if (!fresh) continue;
          flagged += 1;
          if (!action.leadOrganisationId) continue;
          await this.center.deliver(
            {
              kind: PLAN_OVERDUE_KIND,
              // The plan takes its space's rights: whoever may read the space may read this.
              subject: { type: 'space', id: plan.spaceId },
              data: {
                planId: plan.id,
                planTitle: plan.title,
                what: item.what,
                title: item.title,
                actionTitle: action.title,
                dueOn: item.dueOn,
              } satisfies OverdueData,
              addressed: { organisationIds: [action.leadOrganisationId] },
              addressedOnly: true,
            },
            `${lineageId}:${item.what}:${item.id}:${item.dueOn}`,
          );
        }
      }
    }
    return flagged;
  }
}

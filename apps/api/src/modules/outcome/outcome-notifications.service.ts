import { Injectable } from '@nestjs/common';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { NotificationCenter, type NotificationEvent, type NotificationLanguage } from '../notification';
import { OutcomeRepository, type ActionRecord } from './outcome.repository';

export const ACTIONS_OVERDUE_JOB = 'outcome.actions-overdue';

interface ActionData {
  meetingId: string;
  what: string;
  dueDate: string | null;
}

const TEXTS = {
  action_assigned: {
    it: { label: 'Azioni assegnate alla mia organizzazione', title: 'Nuova azione per la tua organizzazione', due: 'Scadenza' },
    en: { label: 'Actions assigned to my organisation', title: 'New action for your organisation', due: 'Due' },
  },
  action_overdue: {
    it: { label: 'Azioni scadute', title: 'Azione scaduta', due: 'Era in scadenza il' },
    en: { label: 'Overdue actions', title: 'Overdue action', due: 'It was due on' },
  },
} as const;

const shortDate = (date: string, lang: NotificationLanguage) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long' });
const romeToday = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/**
 * Tells an organisation's people of an action the minutes assign to it (once its text has settled, once per action
 * and organisation) and, each morning, of the open actions that went past their due date (once per due date).
 */
@Injectable()
export class OutcomeNotificationsService {
  constructor(
    private readonly center: NotificationCenter,
    private readonly rows: OutcomeRepository,
    jobs: JobQueue,
  ) {
    for (const kind of ['action_assigned', 'action_overdue'] as const)
      this.center.registerKind<ActionData>({
        kind,
        label: { it: TEXTS[kind].it.label, en: TEXTS[kind].en.label },
        defaultChannel: kind === 'action_overdue' ? 'digest' : 'immediate',
        render: (lang, data) => ({
          title: TEXTS[kind][lang].title,
          body: data.dueDate ? `${data.what} (${TEXTS[kind][lang].due} ${shortDate(data.dueDate, lang)})` : data.what,
          link: `/sedute/${data.meetingId}`,
        }),
      });
    jobs.define({ name: ACTIONS_OVERDUE_JOB, cron: '0 9 * * *', singleton: true, retryLimit: 2, batchSize: 1, handler: () => this.notifyOverdue(new Date()) });
  }

  /** With the projection's transaction: the actions of the minutes as they now read wait for the text to settle. */
  /** Runs inside the projection's transaction (the transaction host carries it): the waiting notifications commit with the rows. */
  actionsProjected(meetingId: string, actions: ActionRecord[]): Promise<void> {
    const assigned = actions.filter((a) => a.responsibleOrganisationId);
    return this.center.settle(
      undefined,
      `actions:${meetingId}`,
      assigned.map((a) => ({
        key: `action_assigned:${meetingId}:${a.blockId}:${a.responsibleOrganisationId}`,
        event: {
          kind: 'action_assigned',
          subject: { type: 'meeting', id: meetingId },
          data: { meetingId, what: a.what.slice(0, 300), dueDate: a.dueDate } satisfies ActionData,
          addressed: { organisationIds: [a.responsibleOrganisationId!] },
        } satisfies NotificationEvent,
      })),
    );
  }

  /** The open actions past their due date on `at`'s day (Europe/Rome), each notified once per due date; returns how many. */
  async notifyOverdue(at: Date): Promise<number> {
    const overdue = await this.rows.overdueActions(romeToday(at));
    for (const a of overdue)
      await this.center.deliver(
        {
          kind: 'action_overdue',
          subject: { type: 'meeting', id: a.meetingId },
          data: { meetingId: a.meetingId, what: a.what.slice(0, 300), dueDate: a.dueDate } satisfies ActionData,
          addressed: {
            organisationIds: a.responsibleOrganisationId ? [a.responsibleOrganisationId] : [],
            personIds: a.responsiblePersonId ? [a.responsiblePersonId] : [],
          },
        },
        `${a.id}:${a.dueDate}`,
      );
    return overdue.length;
  }
}

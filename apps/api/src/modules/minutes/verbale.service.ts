import { Inject, Injectable } from '@nestjs/common';
import type { Verbale } from '@cantiere/domain';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { AgendaService } from '../agenda';
import { AttendanceService } from '../attendance';
import { MeetingService, meetingLabel } from '../meeting';
import { OutcomeService } from '../outcome';
import type { ActionEntity, DecisionEntity } from '../outcome';
import { itemStatusInVerbale } from './verbale-rules';

/** The approval a verbale is being sealed with: written into the record, since nothing is added to it afterwards. */
export interface Sealing {
  approvedAt: Date;
  approvedAtMeetingId: string | null;
}

const fullName = (p?: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : null);

/** Assembles the verbale from the structured rows (never from Yjs): attendance, agenda, projected minutes. */
@Injectable()
export class VerbaleService {
  constructor(
    private readonly outcomes: OutcomeService,
    private readonly meetings: MeetingService,
    private readonly agenda: AgendaService,
    private readonly attendance: AttendanceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(meetingId: string): Promise<Verbale> {
    return (await this.assemble(meetingId, null)).verbale;
  }

  /** The verbale as it is approved, and the people it names (so that their erasure can say which records keep them). */
  async forSealing(meetingId: string, sealing: Sealing): Promise<{ verbale: Verbale; personIds: string[] }> {
    return this.assemble(meetingId, sealing);
  }

  private async assemble(meetingId: string, sealing: Sealing | null): Promise<{ verbale: Verbale; personIds: string[] }> {
    const m = await this.meetings.withPeople(meetingId);
    const items = await this.agenda.itemsWithPresenters(meetingId);
    const { decisions, actions } = await this.outcomes.ofMeeting(meetingId);
    const register = await this.attendance.registerOf(m);
    const approvedAtMeetingId = sealing ? sealing.approvedAtMeetingId : m.approvedAtMeetingId;
    const approvedAt = approvedAtMeetingId ? await this.meetings.findById(approvedAtMeetingId) : null;

    const byOrganisation = new Map<string, Verbale['attendance'][number]>();
    for (const e of register.entries) {
      const org = byOrganisation.get(e.organisationId) ?? { organisation: e.organisationName, representatives: [] };
      org.representatives.push({ name: e.personName, status: e.status, delegatedTo: e.delegatedTo, arrivedAt: e.arrivedAt, leftAt: e.leftAt });
      byOrganisation.set(e.organisationId, org);
    }
    const toDecision = (d: DecisionEntity) => ({
      text: d.text,
      outcome: d.outcome,
      votingMethod: d.votingMethod,
      votesFor: d.votesFor,
      votesAgainst: d.votesAgainst,
      votesAbstained: d.votesAbstained,
    });
    const toAction = (a: ActionEntity) => ({
      what: a.what,
      responsibleOrganisation: a.responsibleOrganisation?.name ?? null,
      responsiblePerson: fullName(a.responsiblePerson),
      dueDate: a.dueDate,
      status: a.status,
    });
    const loose = <T extends { agendaItemId: string | null }>(rows: T[]) => rows.filter((r) => !r.agendaItemId || !items.some((i) => i.id === r.agendaItemId));
    const convocation = m.convenedAt
      ? `Convocata il ${new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' }).format(m.convenedAt)} con comunicazione per posta elettronica ai rappresentanti delle organizzazioni aderenti, con ordine del giorno e invito di calendario.`
      : 'Seduta non convocata formalmente.';

    const personIds = [
      m.chairPersonId,
      m.minuteTakerPersonId,
      ...items.map((i) => i.presenterPersonId),
      ...actions.map((a) => a.responsiblePersonId),
      ...register.entries.map((e) => e.personId),
    ];
    const verbale: Verbale = {
      body: this.config.bodyName,
      spaceName: m.space?.name ?? '',
      meeting: {
        id: m.id,
        number: m.number,
        year: m.year,
        title: m.title,
        kind: m.kind,
        status: m.status,
        scheduledStart: m.startsAt.toISOString(),
        scheduledEnd: m.endsAt.toISOString(),
        actualStart: m.startedAt?.toISOString() ?? null,
        actualEnd: m.closedAt?.toISOString() ?? null,
        place: m.place,
        onlineUrl: m.onlineUrl,
        convocation,
        chair: fullName(m.chair),
        minuteTaker: fullName(m.minuteTaker),
      },
      attendance: [...byOrganisation.values()],
      quorum: register.quorum,
      agenda: items.map((i) => ({
        position: i.position,
        title: i.title,
        kind: i.kind,
        presenter: [fullName(i.presenter), i.presenterOrganisation?.name].filter(Boolean).join(', ') || null,
        status: itemStatusInVerbale(i.status, i.outcome, i.minutesText, decisions.filter((d) => d.agendaItemId === i.id).length),
        discussion: i.minutesText,
        decisions: decisions.filter((d) => d.agendaItemId === i.id).map(toDecision),
        actions: actions.filter((a) => a.agendaItemId === i.id).map(toAction),
      })),
      otherBusiness: m.minutesOtherText,
      // Written under varie ed eventuali, or linked to an item no longer on the agenda: printed there, in full.
      otherDecisions: loose(decisions).map(toDecision),
      otherActions: loose(actions).map(toAction),
      // A sealed record carries its approval but not its own hash; the time it was sealed stands for "generated".
      approval: sealing
        ? {
            status: 'approved',
            approvedAt: sealing.approvedAt.toISOString(),
            approvedAtMeeting: approvedAt ? meetingLabel(approvedAt) : null,
            sha256: null,
            sealed: true,
          }
        : {
            status: m.minutesStatus,
            approvedAt: m.minutesApprovedAt?.toISOString() ?? null,
            approvedAtMeeting: approvedAt ? meetingLabel(approvedAt) : null,
            sha256: m.minutesHash,
            sealed: false,
          },
      generatedAt: (sealing?.approvedAt ?? new Date()).toISOString(),
    };
    if (sealing) verbale.meeting.status = 'minutes_approved';
    return { verbale, personIds: personIds.filter((id): id is string => !!id) };
  }
}

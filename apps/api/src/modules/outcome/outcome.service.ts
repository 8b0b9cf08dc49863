import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ACTION_RIGHTS, type ActionStatus, type Decision, type MeetingAction } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { meetingLabel, romeDate } from '../meeting';
import { SpaceService } from '../space';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';

export interface OutcomeFilter {
  spaceId?: string;
  meetingId?: string;
  organisationId?: string;
  overdue?: boolean;
}

/** Decisions and actions as tracked records, read from the rows the minutes projection keeps current. */
@Injectable()
export class OutcomeService {
  constructor(
    @InjectRepository(DecisionEntity) private readonly decisions: Repository<DecisionEntity>,
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    private readonly spaces: SpaceService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** A meeting's decisions and actions (with who is responsible) as stored, oldest first, for its verbale. */
  async ofMeeting(meetingId: string): Promise<{ decisions: DecisionEntity[]; actions: ActionEntity[] }> {
    const decisions = await this.decisions.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
    const actions = await this.actions.find({
      where: { meetingId },
      relations: { responsibleOrganisation: true, responsiblePerson: true },
      order: { createdAt: 'ASC' },
    });
    return { decisions, actions };
  }

  /** Whether a decision exists (another module links to it: a plan's adopting decision). */
  decisionExists(id: string): Promise<boolean> {
    return this.decisions.exists({ where: { id } });
  }

  private async visibleSpaces(actor: Actor, spaceId?: string): Promise<string[]> {
    if (spaceId) return [(await this.spaces.get(actor, spaceId)).entity.id];
    return (await this.spaces.list(actor, true)).map((s) => s.entity.id);
  }

  async listDecisions(actor: Actor, f: OutcomeFilter): Promise<Decision[]> {
    const spaces = await this.visibleSpaces(actor, f.spaceId);
    if (!spaces.length) return [];
    const rows = await this.decisions.find({
      where: { spaceId: In(spaces), ...(f.meetingId ? { meetingId: f.meetingId } : {}) },
      relations: { meeting: true, agendaItem: true },
      order: { createdAt: 'DESC' },
      take: 1000,
    });
    return rows.map((d) => ({
      id: d.id,
      meetingId: d.meetingId,
      meetingLabel: d.meeting ? meetingLabel(d.meeting) : '',
      agendaItemId: d.agendaItemId,
      agendaItemTitle: d.agendaItem?.title ?? null,
      spaceId: d.spaceId,
      text: d.text,
      outcome: d.outcome,
      votingMethod: d.votingMethod,
      votesFor: d.votesFor,
      votesAgainst: d.votesAgainst,
      votesAbstained: d.votesAbstained,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    }));
  }

  async listActions(actor: Actor, f: OutcomeFilter): Promise<MeetingAction[]> {
    const spaces = await this.visibleSpaces(actor, f.spaceId);
    if (!spaces.length) return [];
    const rows = await this.actions.find({
      where: {
        spaceId: In(spaces),
        ...(f.meetingId ? { meetingId: f.meetingId } : {}),
        ...(f.organisationId ? { responsibleOrganisationId: f.organisationId } : {}),
      },
      relations: { meeting: true, agendaItem: true, responsibleOrganisation: true, responsiblePerson: true },
      order: { dueDate: 'ASC', createdAt: 'ASC' },
      take: 1000,
    });
    const can = await this.access.can(
      actor,
      ACTION_RIGHTS,
      rows.map((a) => a.id),
    );
    const mapped = rows.map((a) => this.toAction(a, can.get(a.id)!));
    return f.overdue ? mapped.filter((a) => a.overdue) : mapped;
  }

  /** The responsible organisation keeps its actions' status current; facilitators and admins may too. */
  async setActionStatus(actor: Actor, id: string, status: ActionStatus): Promise<MeetingAction> {
    const action = await this.actions.findOne({ where: { id }, relations: { meeting: true } });
    if (!action) throw AppError.notFound('Action');
    await this.spaces.get(actor, action.spaceId).catch(() => {
      throw AppError.notFound('Action');
    });
    await this.access.require(actor, 'action.update', [id]);
    await this.audit.change(
      () => this.actions.update(id, { status }),
      () => ({ actor, action: 'action.status', entity: 'action', entityId: id, ...changedFields(action, { status }) }),
    );
    const fresh = await this.actions.findOneOrFail({
      where: { id },
      relations: { meeting: true, agendaItem: true, responsibleOrganisation: true, responsiblePerson: true },
    });
    return this.toAction(fresh, { 'action.update': true });
  }

  private toAction(a: ActionEntity, can: MeetingAction['can']): MeetingAction {
    const open = a.status === 'open' || a.status === 'in_progress';
    return {
      id: a.id,
      meetingId: a.meetingId,
      meetingLabel: a.meeting ? meetingLabel(a.meeting) : '',
      agendaItemId: a.agendaItemId,
      agendaItemTitle: a.agendaItem?.title ?? null,
      spaceId: a.spaceId,
      what: a.what,
      responsibleOrganisationId: a.responsibleOrganisationId,
      responsibleOrganisationName: a.responsibleOrganisation?.name ?? null,
      responsiblePersonId: a.responsiblePersonId,
      responsiblePersonName: a.responsiblePerson ? `${a.responsiblePerson.firstName} ${a.responsiblePerson.lastName}` : null,
      dueDate: a.dueDate,
      status: a.status,
      overdue: open && a.dueDate !== null && a.dueDate < romeDate(new Date()),
      can,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }
}

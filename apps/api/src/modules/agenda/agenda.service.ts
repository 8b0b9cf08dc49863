import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { agendaItemCreateSchema } from '@cantiere/domain';
import type { Agenda, AgendaItemUpdate, BacklogEntry, MeetingStatus } from '@cantiere/domain';
import type { z } from 'zod';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { OrganisationService } from '../organisation';
import { PersonService } from '../person';
import { MeetingAccessService, MeetingEvents, MeetingLiveGateway, romeDate } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { AgendaBacklog } from './agenda-backlog';
import { AgendaItemEntity } from './agenda-item.entity';
import { toAgendaItem } from './agenda.mapper';
import { AgendaRepository } from './agenda.repository';

type AgendaItemCreate = z.output<typeof agendaItemCreateSchema>;
/** The agenda can change until the meeting closes: items are often added at the start of a session. */
const AGENDA_OPEN: MeetingStatus[] = ['draft', 'convened', 'in_progress'];
/** An item's outcome is known once the meeting runs, and stays open to correction until the verbale is approved. */
const OUTCOME_OPEN: MeetingStatus[] = ['in_progress', 'closed'];
export const romeToday = (now = new Date()) => romeDate(now);

@Injectable()
export class AgendaService implements OnModuleInit {
  constructor(
    @InjectRepository(AgendaItemEntity) private readonly items: Repository<AgendaItemEntity>,
    private readonly repo: AgendaRepository,
    private readonly backlogSources: AgendaBacklog,
    private readonly meetingAccess: MeetingAccessService,
    private readonly live: MeetingLiveGateway,
    private readonly events: MeetingEvents,
    private readonly people: PersonService,
    private readonly organisations: OrganisationService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit() {
    this.events.require('convene', async (meeting) =>
      (await this.items.count({ where: { meetingId: meeting.id } })) === 0 ? [{ path: 'agenda', message: 'agenda_empty' }] : [],
    );
    this.events.within('close', (meeting, at) => this.repo.settleOnClose(meeting, at));
  }

  async agenda(actor: Actor, meetingId: string): Promise<Agenda> {
    const { meeting } = await this.meetingAccess.view(actor, meetingId);
    return this.agendaOf(meeting);
  }

  async agendaOf(meeting: MeetingEntity): Promise<Agenda> {
    const items = await this.items.find({
      where: { meetingId: meeting.id },
      relations: { presenter: true, presenterOrganisation: true },
      order: { position: 'ASC' },
    });
    const titles = await this.repo.documentTitles(meeting.spaceId, [...new Set(items.flatMap((i) => i.documentIds))]);
    const plannedMinutes = items.reduce((sum, i) => sum + i.plannedMinutes, 0);
    const meetingMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
    return { items: items.map((i) => toAgendaItem(i, titles)), plannedMinutes, meetingMinutes, overrunMinutes: Math.max(0, plannedMinutes - meetingMinutes) };
  }

  async create(actor: Actor, meetingId: string, input: AgendaItemCreate): Promise<Agenda> {
    const meeting = await this.openMeeting(actor, meetingId);
    await this.checkReferences(meeting, input);
    let source: { sourceType: AgendaItemEntity['sourceType']; sourceId: string | null } = { sourceType: null, sourceId: null };
    if (input.source) {
      const entry = (await this.backlogOf(meetingId, meeting.spaceId, romeToday())).find((e) => e.type === input.source!.type && e.id === input.source!.id);
      if (!entry) throw AppError.validation([{ path: 'source', message: 'not_in_backlog' }], 'That item is not open in the backlog of this space');
      source = { sourceType: input.source.type, sourceId: input.source.id };
    }
    const fields = {
      title: input.title,
      description: input.description ?? null,
      kind: input.kind,
      plannedMinutes: input.plannedMinutes,
      presenterPersonId: input.presenterPersonId ?? null,
      presenterOrganisationId: input.presenterOrganisationId ?? null,
      documentIds: input.documentIds ?? [],
      ...source,
    };
    await this.audit.change(
      () => this.repo.append(meetingId, fields),
      (id) => ({ actor, action: 'agenda_item.create', entity: 'agenda_item', entityId: id, after: { meetingId, ...fields } }),
    );
    await this.changed(actor, meeting);
    return this.agendaOf(meeting);
  }

  async update(actor: Actor, meetingId: string, itemId: string, changes: AgendaItemUpdate): Promise<Agenda> {
    const { outcome, ...fields } = changes;
    const meeting = Object.keys(fields).length ? await this.openMeeting(actor, meetingId) : (await this.meetingAccess.manage(actor, meetingId)).meeting;
    if (outcome !== undefined) this.requireOutcomeOpen(meeting);
    const item = await this.requireItem(meetingId, itemId);
    await this.checkReferences(meeting, changes);
    const columns: Partial<AgendaItemEntity> = {
      ...(outcome !== undefined ? { outcome } : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.description !== undefined ? { description: changes.description ?? null } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      ...(changes.plannedMinutes !== undefined ? { plannedMinutes: changes.plannedMinutes } : {}),
      ...(changes.presenterPersonId !== undefined ? { presenterPersonId: changes.presenterPersonId ?? null } : {}),
      ...(changes.presenterOrganisationId !== undefined ? { presenterOrganisationId: changes.presenterOrganisationId ?? null } : {}),
      ...(changes.documentIds !== undefined ? { documentIds: changes.documentIds } : {}),
    };
    await this.audit.change(
      () => this.items.update(itemId, columns),
      () => ({ actor, action: 'agenda_item.update', entity: 'agenda_item', entityId: itemId, ...changedFields(item, columns) }),
    );
    await this.changed(actor, meeting);
    return this.agendaOf(meeting);
  }

  async remove(actor: Actor, meetingId: string, itemId: string): Promise<Agenda> {
    const meeting = await this.openMeeting(actor, meetingId);
    const item = await this.requireItem(meetingId, itemId);
    if (meeting.currentItemId === itemId) throw new AppError('conflict', 'The item is under discussion; move to another item first');
    await this.audit.change(
      () => this.repo.removeAndRenumber(meetingId, itemId),
      () => ({
        actor,
        action: 'agenda_item.delete',
        entity: 'agenda_item',
        entityId: itemId,
        before: { meetingId, title: item.title, position: item.position },
      }),
    );
    await this.changed(actor, meeting);
    return this.agendaOf(meeting);
  }

  /** The new order must name every item of the agenda exactly once. */
  async reorder(actor: Actor, meetingId: string, itemIds: string[]): Promise<Agenda> {
    const meeting = await this.openMeeting(actor, meetingId);
    const current = await this.items.find({ where: { meetingId }, select: { id: true } });
    const known = new Set(current.map((i) => i.id));
    if (itemIds.length !== known.size || new Set(itemIds).size !== itemIds.length || itemIds.some((id) => !known.has(id))) {
      throw AppError.validation([{ path: 'itemIds', message: 'not_a_permutation' }], 'The order must list every item of the agenda once');
    }
    await this.audit.change(
      () => this.repo.reorder(meetingId, itemIds),
      () => ({ actor, action: 'agenda.reorder', entity: 'meeting', entityId: meetingId, after: { itemIds } }),
    );
    await this.changed(actor, meeting);
    return this.agendaOf(meeting);
  }

  async backlog(actor: Actor, meetingId: string): Promise<BacklogEntry[]> {
    const { meeting } = await this.meetingAccess.view(actor, meetingId);
    return this.backlogOf(meetingId, meeting.spaceId, romeToday());
  }

  /**
   * What earlier meetings of the space left open: items marked not dealt with or postponed (or, unmarked, not reached
   * and with nothing written under them), and what the registered sources add (postponed decisions never carried
   * over, overdue actions not yet on this agenda), in the order of the meetings they come from.
   */
  private async backlogOf(meetingId: string, spaceId: string, today: string): Promise<BacklogEntry[]> {
    const items = await this.repo.openItems(meetingId, spaceId);
    const dealtWith = await this.backlogSources.dealtWith(items.filter((i) => i.unmarked).map((i) => i.id));
    const candidates = [...items.filter((i) => !(i.unmarked && dealtWith.has(i.id))), ...(await this.backlogSources.open(meetingId, spaceId, today))];
    candidates.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    return candidates.map(({ type, id, title, detail, meetingId: mId, meetingLabel }) => ({ type, id, title, detail, meetingId: mId, meetingLabel }));
  }

  private async changed(actor: Actor, meeting: MeetingEntity) {
    this.live.changed(meeting.id, 'agenda');
    await this.events.emit('agenda_changed', meeting, actor);
  }

  private async openMeeting(actor: Actor, meetingId: string): Promise<MeetingEntity> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (!AGENDA_OPEN.includes(meeting.status))
      throw new AppError('conflict', 'The agenda of a closed or cancelled meeting cannot change', { status: meeting.status });
    return meeting;
  }

  private requireOutcomeOpen(meeting: MeetingEntity) {
    if (!OUTCOME_OPEN.includes(meeting.status) || meeting.minutesStatus === 'approved') {
      throw new AppError('conflict', "An item's outcome is recorded from the start of the meeting until its minutes are approved", { status: meeting.status });
    }
  }

  /** The items in order; inside the meeting's lock when run mode moves along them. */
  itemsInOrder(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.repo.itemsInOrder(meetingId);
  }

  /** The item stops being current: it gets the time spent on it and counts as discussed. */
  bookTime(itemId: string, startedAt: Date, now: Date): Promise<void> {
    return this.repo.bookTime(itemId, startedAt, now);
  }

  /** The items in order with their presenters, for documents about the meeting (the verbale). */
  itemsWithPresenters(meetingId: string): Promise<AgendaItemEntity[]> {
    return this.items.find({ where: { meetingId }, relations: { presenter: true, presenterOrganisation: true }, order: { position: 'ASC' } });
  }

  hasItem(meetingId: string, itemId: string): Promise<boolean> {
    return this.items.exists({ where: { id: itemId, meetingId } });
  }

  private async requireItem(meetingId: string, itemId: string): Promise<AgendaItemEntity> {
    const item = await this.items.findOneBy({ id: itemId, meetingId });
    if (!item) throw AppError.notFound('Agenda item');
    return item;
  }

  private async checkReferences(
    meeting: MeetingEntity,
    input: { presenterPersonId?: string | null; presenterOrganisationId?: string | null; documentIds?: string[] },
  ) {
    const issues = [];
    if (input.presenterPersonId && !(await this.people.existingIds([input.presenterPersonId])).size)
      issues.push({ path: 'presenterPersonId', message: 'unknown_person' });
    if (input.presenterOrganisationId && !(await this.organisations.existingIds([input.presenterOrganisationId])).size)
      issues.push({ path: 'presenterOrganisationId', message: 'unknown_organisation' });
    if (input.documentIds?.length) {
      const titles = await this.repo.documentTitles(meeting.spaceId, input.documentIds);
      input.documentIds.forEach((id, i) => !titles.has(id) && issues.push({ path: `documentIds.${i}`, message: 'unknown_document' }));
    }
    if (issues.length) throw AppError.validation(issues);
  }
}

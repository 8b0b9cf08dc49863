import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MEETING_TRANSITIONS, canTransition } from '@cantiere/domain';
import type { MeetingCreate, MeetingStatus, MeetingTransition, MeetingUpdate, StepWarning, StepWarningCode } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { requireConfirmed } from '../../core/errors/confirmation';
import { AuditService, changedFields } from '../audit';
import { PersonService } from '../person';
import { SpaceService } from '../space';
import { MeetingAccessService, type MeetingView } from './meeting-access.service';
import { MeetingEvents } from './meeting-events';
import { MeetingLiveGateway } from './meeting-live.gateway';
import { MeetingTransitionEntity } from './meeting-transition.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';

const romeYear = (d: Date) => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', year: 'numeric' }).format(d));
/** Changes that calendars and invitees must hear about once the meeting is convened. */
const RESCHEDULING_FIELDS = ['startsAt', 'endsAt', 'place', 'onlineUrl', 'title'] as const;
const EDITABLE: MeetingStatus[] = ['draft', 'convened'];
/** Starting further than this from the scheduled time is usually a wrong click, and the verbale would carry it. */
const START_TOLERANCE_HOURS = 2;

/** Warnings computed by the caller (the minutes' approval) and those the caller acknowledged. */
export interface StepGuard {
  warnings?: StepWarning[];
  confirm?: readonly StepWarningCode[];
}

@Injectable()
export class MeetingService {
  constructor(
    private readonly rows: MeetingRepository,
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    @InjectRepository(MeetingTransitionEntity) private readonly transitions: Repository<MeetingTransitionEntity>,
    private readonly meetingAccess: MeetingAccessService,
    private readonly access: AccessService,
    private readonly spaces: SpaceService,
    private readonly events: MeetingEvents,
    private readonly live: MeetingLiveGateway,
    private readonly people: PersonService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: MeetingCreate): Promise<MeetingView> {
    const { entity: space } = await this.spaces.get(actor, input.spaceId).catch(() => {
      throw AppError.validation([{ path: 'spaceId', message: 'unknown_space' }]);
    });
    await this.access.require(actor, 'space.manage', [space.id]);
    if (space.archivedAt) throw new AppError('conflict', 'The space is archived');
    await this.requirePeople(input);
    const startsAt = new Date(input.startsAt);
    const year = romeYear(startsAt);
    const fields = {
      title: input.title,
      kind: input.kind,
      startsAt,
      endsAt: new Date(input.endsAt),
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      convocationNote: input.convocationNote ?? null,
      chairPersonId: input.chairPersonId ?? null,
      minuteTakerPersonId: input.minuteTakerPersonId ?? null,
      createdBy: actor.user.id,
    };
    const id = await this.audit.change(
      () => this.rows.createNumbered(space.id, year, fields),
      (created) => ({ actor, action: 'meeting.create', entity: 'meeting', entityId: created, after: { spaceId: space.id, ...fields } }),
    );
    return this.meetingAccess.view(actor, id);
  }

  async list(actor: Actor, filter: { spaceId?: string; from?: Date; to?: Date }): Promise<MeetingEntity[]> {
    if (filter.spaceId) await this.spaces.get(actor, filter.spaceId);
    const visibleSpaces = filter.spaceId ? [filter.spaceId] : await this.spaces.visibleIds(actor);
    if (!visibleSpaces.length) return [];
    return this.rows.listInSpaces(visibleSpaces, filter);
  }

  get(actor: Actor, id: string): Promise<MeetingView> {
    return this.meetingAccess.view(actor, id);
  }

  /** The meeting without an access check, for other modules' rules that already checked it (null if unknown). */
  findById(id: string): Promise<MeetingEntity | null> {
    return this.meetings.findOneBy({ id });
  }

  /** The meeting with its space, chair and minute-taker, for documents about it (the verbale). */
  withPeople(id: string): Promise<MeetingEntity> {
    return this.meetings.findOneOrFail({ where: { id }, relations: { space: true, chair: true, minuteTaker: true } });
  }

  /** The meeting with its space, or null if unknown (a queued job about a meeting deleted meanwhile). */
  findWithSpace(id: string): Promise<MeetingEntity | null> {
    return this.meetings.findOne({ where: { id }, relations: { space: true } });
  }

  /** The meeting with its space, for mails about it. */
  withSpace(id: string): Promise<MeetingEntity> {
    return this.meetings.findOneOrFail({ where: { id }, relations: { space: true } });
  }

  /**
   * Claims, once, each convened meeting of the day after `now` (Rome) for its reminder; returns their ids.
   * `withClaimed` runs in the claim's transaction (the event that sends the reminders commits with it).
   */
  claimDueReminders(now: Date, withClaimed?: (tx: EntityManager, ids: string[]) => Promise<void>): Promise<string[]> {
    return this.rows.claimDueReminders(now, withClaimed);
  }

  /** Claims, once, the convened meetings two or three days ahead whose register has not all answered. */
  claimDueRsvpReminders(now: Date, withClaimed?: (tx: EntityManager, ids: string[]) => Promise<void>): Promise<string[]> {
    return this.rows.claimDueRsvpReminders(now, withClaimed);
  }

  /** Run mode's step on the meeting, under a row lock in one transaction (see MeetingRepository.underLock). */
  underLock<T>(meetingId: string, work: (meeting: MeetingEntity) => Promise<T>): Promise<T> {
    return this.rows.underLock(meetingId, work);
  }

  setCurrentItem(meetingId: string, itemId: string | null, startedAt: Date | null): Promise<void> {
    return this.rows.setCurrentItem(meetingId, itemId, startedAt);
  }

  /** The draft minutes of the closed meeting go into review until `until`; false when they are not (any more) a draft. */
  async openMinutesReview(id: string, until: Date): Promise<boolean> {
    const result = await this.meetings.update({ id, status: 'closed', minutesStatus: 'draft' }, { minutesStatus: 'in_review', reviewUntil: until });
    return (result.affected ?? 0) > 0;
  }

  history(meetingId: string): Promise<MeetingTransitionEntity[]> {
    return this.transitions.find({ where: { meetingId }, order: { at: 'ASC' } });
  }

  async update(actor: Actor, id: string, changes: MeetingUpdate): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, id);
    if (!EDITABLE.includes(meeting.status)) throw new AppError('conflict', 'A meeting can be changed only before it starts', { status: meeting.status });
    await this.requirePeople(changes);
    const startsAt = changes.startsAt ? new Date(changes.startsAt) : meeting.startsAt;
    const endsAt = changes.endsAt ? new Date(changes.endsAt) : meeting.endsAt;
    if (endsAt <= startsAt) throw AppError.validation([{ path: 'endsAt', message: 'ends_before_start' }]);
    const rescheduled =
      meeting.status === 'convened' &&
      RESCHEDULING_FIELDS.some((f) => {
        const value = changes[f];
        if (value === undefined) return false;
        const before = meeting[f];
        return before instanceof Date ? before.getTime() !== new Date(value as string).getTime() : (before ?? null) !== (value ?? null);
      });
    const columns: Partial<MeetingEntity> = {
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
      startsAt,
      endsAt,
      ...(changes.place !== undefined ? { place: changes.place ?? null } : {}),
      ...(changes.onlineUrl !== undefined ? { onlineUrl: changes.onlineUrl ?? null } : {}),
      ...(changes.convocationNote !== undefined ? { convocationNote: changes.convocationNote ?? null } : {}),
      ...(changes.chairPersonId !== undefined ? { chairPersonId: changes.chairPersonId ?? null } : {}),
      ...(changes.minuteTakerPersonId !== undefined ? { minuteTakerPersonId: changes.minuteTakerPersonId ?? null } : {}),
      ...(rescheduled ? { calendarSequence: meeting.calendarSequence + 1, reminderSentAt: null, rsvpReminderSentAt: null } : {}),
    };
    await this.audit.change(
      async () => {
        await this.meetings.update(id, columns);
        // What others do on a reschedule (the calendar update mailed, the register notified) commits with it.
        if (rescheduled) await this.events.runWithin('rescheduled', { ...meeting, ...columns }, new Date(), actor);
      },
      () => ({ actor, action: 'meeting.update', entity: 'meeting', entityId: id, ...changedFields(meeting, columns) }),
    );
    const view = await this.meetingAccess.view(actor, id);
    if (rescheduled) await this.events.emit('rescheduled', view.meeting, actor);
    this.live.changed(id, 'meeting');
    return view;
  }

  /**
   * Moves the meeting one step along its lifecycle, records who did it, then lets other modules react. `alongside`
   * runs in the same transaction once the step is taken, for what must commit with it or not at all (a sealed record).
   */
  async transition(
    actor: Actor,
    id: string,
    transition: MeetingTransition,
    reason: string | null,
    extra: Partial<MeetingEntity> = {},
    guard: StepGuard = {},
    alongside?: () => Promise<void>,
  ): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, id);
    if (!canTransition(meeting.status, transition)) {
      throw new AppError('conflict', `A ${meeting.status} meeting cannot be moved by "${transition}"`, { status: meeting.status, transition });
    }
    if (transition === 'convene') await this.requireConvocable(meeting);
    const warnings = [
      ...(guard.warnings ?? []),
      ...(transition === 'start' ? await this.startWarnings(meeting) : []),
      ...(await this.events.warningsOf(transition, meeting)),
    ];
    const confirmed = requireConfirmed(warnings, guard.confirm, 'This step needs an explicit confirmation');
    const to = MEETING_TRANSITIONS[transition].to;
    const now = new Date();
    const changes: Partial<MeetingEntity> = {
      status: to,
      ...(transition === 'convene' ? { convenedAt: now, calendarSequence: meeting.calendarSequence + 1 } : {}),
      ...(transition === 'start' ? { startedAt: now } : {}),
      ...(transition === 'close' ? { closedAt: now, currentItemId: null, itemStartedAt: null } : {}),
      ...(transition === 'cancel' ? { calendarSequence: meeting.calendarSequence + 1 } : {}),
      ...extra,
    };
    const moved = await this.rows.applyTransition(
      meeting,
      changes,
      { transition, toStatus: to, userId: actor.user.id, userName: actor.user.name, reason, confirmedWarnings: confirmed.length ? confirmed : null },
      async () => {
        await this.events.runWithin(transition, meeting, now, actor);
        if (alongside) await alongside();
        await this.audit.record({
          actor,
          action: `meeting.${transition}`,
          entity: 'meeting',
          entityId: id,
          ...changedFields(meeting, changes),
          details: reason ? { reason } : {},
        });
      },
    );
    if (!moved) throw new AppError('conflict', 'The meeting changed meanwhile; reload it');
    const view = await this.meetingAccess.view(actor, id);
    await this.events.emit(transition, view.meeting, actor);
    this.live.changed(id, 'meeting');
    return view;
  }

  /** A start far from the scheduled time is flagged before the minutes record it (the chair's absence is the register's to flag). */
  private async startWarnings(meeting: MeetingEntity): Promise<StepWarning[]> {
    const warnings: StepWarning[] = [];
    const hours = (meeting.startsAt.getTime() - Date.now()) / 3_600_000;
    if (Math.abs(hours) > START_TOLERANCE_HOURS)
      warnings.push({ code: 'far_from_schedule', hoursFromSchedule: Math.round(hours * 10) / 10, scheduledAt: meeting.startsAt.toISOString() });
    return warnings;
  }

  private async requireConvocable(meeting: MeetingEntity) {
    const issues = [];
    if (!meeting.place && !meeting.onlineUrl) issues.push({ path: 'place', message: 'place_or_link_required' });
    if (meeting.startsAt.getTime() < Date.now()) issues.push({ path: 'startsAt', message: 'in_the_past' });
    issues.push(...(await this.events.issuesOf('convene', meeting)));
    if (issues.length) throw AppError.validation(issues, 'The meeting cannot be convened yet');
  }

  private async requirePeople(input: { chairPersonId?: string | null; minuteTakerPersonId?: string | null }) {
    const ids = [input.chairPersonId, input.minuteTakerPersonId].filter((v): v is string => !!v);
    if (!ids.length) return;
    const found = await this.people.existingIds(ids);
    const issues = (['chairPersonId', 'minuteTakerPersonId'] as const)
      .filter((f) => input[f] && !found.has(input[f]!))
      .map((f) => ({ path: f, message: 'unknown_person' }));
    if (issues.length) throw AppError.validation(issues);
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Attendance, AttendanceEntry, AttendanceStatus, AttendanceUpdate, QuorumState, StepWarning } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuditService, changedFields } from '../audit';
import { MeetingAccessService, MeetingEvents, MeetingLiveGateway, romeClock, romeInstantOn } from '../meeting';
import type { MeetingEntity } from '../meeting';
import type { SpaceEntity } from '../space';
import { AttendanceRepository } from './attendance.repository';
import { MeetingAttendeeEntity } from './meeting-attendee.entity';

export interface RegisterPerson {
  name: string;
  organisationName: string;
  email: string | null;
}

const COUNTS_AS_PRESENT = new Set(['present', 'delegated']);

/** The quorum of a space's rule over the organisations on the register (present or represented by delegation). */
export function quorumOf(
  space: Pick<SpaceEntity, 'quorumKind' | 'quorumValue'>,
  entries: Pick<MeetingAttendeeEntity, 'organisationId' | 'status'>[],
): QuorumState {
  const organisations = new Set(entries.map((e) => e.organisationId));
  const present = new Set(entries.filter((e) => e.status && COUNTS_AS_PRESENT.has(e.status)).map((e) => e.organisationId));
  const total = organisations.size;
  let required: number | null = null;
  let rule: string | null = null;
  if (space.quorumKind === 'majority') [rule, required] = ['majority', Math.floor(total / 2) + 1];
  else if (space.quorumKind === 'fraction' && space.quorumValue)
    [rule, required] = [`fraction:${space.quorumValue}`, Math.ceil(space.quorumValue * total - 1e-9)];
  else if (space.quorumKind === 'count' && space.quorumValue) [rule, required] = [`count:${space.quorumValue}`, space.quorumValue];
  return { rule, required, organisationsPresent: present.size, organisationsTotal: total, reached: required === null ? null : present.size >= required };
}

/**
 * The answer said a delegate would come, yet the representative is on the register in person. Checking in keeps
 * the answer as it was: the facilitator resolves the contradiction (records the delegation if the delegate came
 * instead, or confirms that the representative came in person).
 */
export function announcedDelegateFlag(r: Pick<MeetingAttendeeEntity, 'rsvp' | 'rsvpDelegateName' | 'status' | 'inPersonConfirmed'>): AttendanceEntry['flag'] {
  return r.rsvp === 'delegate' && r.status === 'present' && !r.inPersonConfirmed
    ? { code: 'announced_delegate', delegateName: r.rsvpDelegateName ?? '' }
    : null;
}

@Injectable()
export class AttendanceService implements OnModuleInit {
  constructor(
    private readonly rows: AttendanceRepository,
    @InjectRepository(MeetingAttendeeEntity) private readonly attendees: Repository<MeetingAttendeeEntity>,
    private readonly meetingAccess: MeetingAccessService,
    private readonly live: MeetingLiveGateway,
    private readonly events: MeetingEvents,
    private readonly audit: AuditService,
  ) {}

  onModuleInit() {
    this.events.warn('start', (meeting) => this.chairWarnings(meeting));
  }

  /** A start with the chair marked absent or excused is flagged before the minutes record it. */
  private async chairWarnings(meeting: MeetingEntity): Promise<StepWarning[]> {
    const chairStatus = meeting.chairPersonId ? await this.statusOf(meeting.id, meeting.chairPersonId) : null;
    if (meeting.chair && (chairStatus === 'absent' || chairStatus === 'excused')) {
      return [{ code: 'chair_absent', chairName: `${meeting.chair.firstName} ${meeting.chair.lastName}`, status: chairStatus }];
    }
    return [];
  }

  /** The register starts from the space's active members and facilitators, one row per person and organisation. */
  async ensureRoster(meeting: MeetingEntity): Promise<void> {
    if (!['draft', 'convened', 'in_progress'].includes(meeting.status)) return;
    await this.rows.addSpaceMembers(meeting.id, meeting.spaceId);
  }

  async register(actor: Actor, meetingId: string): Promise<Attendance> {
    const { meeting, personId } = await this.meetingAccess.view(actor, meetingId);
    await this.ensureRoster(meeting);
    return this.registerOf(meeting, personId);
  }

  async registerOf(meeting: MeetingEntity, personId: string | null = null): Promise<Attendance> {
    const rows = await this.attendees.find({ where: { meetingId: meeting.id }, relations: { organisation: true, person: true } });
    rows.sort((a, b) => a.organisation!.name.localeCompare(b.organisation!.name, 'it') || a.person!.lastName.localeCompare(b.person!.lastName, 'it'));
    return { entries: rows.map((r) => this.toEntry(r, personId)), quorum: quorumOf(meeting.space!, rows) };
  }

  /** Of `meetingIds`, those whose register lists the person: one query for many meetings. */
  async registeredAmong(personId: string, meetingIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.attendees.find({ where: { personId, meetingId: In([...meetingIds]) }, select: { meetingId: true } });
    return new Set(rows.map((r) => r.meetingId));
  }

  /** A person's status on the register: present wins over any other row (they may represent several organisations). */
  async statusOf(meetingId: string, personId: string): Promise<AttendanceStatus | null> {
    const statuses = (await this.attendees.findBy({ meetingId, personId })).map((r) => r.status);
    return (['present', 'delegated', 'absent', 'excused'] as const).find((s) => statuses.includes(s)) ?? null;
  }

  /** Everyone on the register, once per person, with the organisations they stand for; those without email apart. */
  async mailingList(meeting: MeetingEntity): Promise<{ recipients: RegisterPerson[]; withoutEmail: RegisterPerson[] }> {
    await this.ensureRoster(meeting);
    const rows = await this.attendees.find({ where: { meetingId: meeting.id }, relations: { organisation: true, person: true } });
    const byPerson = new Map<string, RegisterPerson>();
    for (const r of rows) {
      if (!r.person || r.person.erasedAt) continue;
      const known = byPerson.get(r.personId);
      if (known) known.organisationName = [known.organisationName, r.organisation?.name ?? ''].filter(Boolean).join(', ');
      else
        byPerson.set(r.personId, { name: `${r.person.firstName} ${r.person.lastName}`, organisationName: r.organisation?.name ?? '', email: r.person.email });
    }
    const people = [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
    return { recipients: people.filter((p) => p.email), withoutEmail: people.filter((p) => !p.email) };
  }

  async add(actor: Actor, meetingId: string, organisationId: string, personId: string): Promise<Attendance> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    this.requireOpen(meeting);
    if (!(await this.rows.isAffiliated(personId, organisationId)))
      throw AppError.validation([{ path: 'personId', message: 'not_affiliated' }], 'The person does not belong to that organisation');
    await this.audit.change(
      () => this.rows.addIfAbsent(meetingId, organisationId, personId),
      () => ({ actor, action: 'attendance.add', entity: 'meeting', entityId: meetingId, after: { organisationId, personId } }),
    );
    this.live.changed(meetingId, 'attendance');
    return this.register(actor, meetingId);
  }

  async update(actor: Actor, meetingId: string, entryId: string, changes: AttendanceUpdate): Promise<Attendance> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status === 'cancelled' || meeting.status === 'minutes_approved')
      throw new AppError('conflict', 'The register of this meeting is closed', { status: meeting.status });
    const row = await this.attendees.findOneBy({ id: entryId, meetingId });
    if (!row) throw AppError.notFound('Attendance entry');
    const status = changes.status !== undefined ? changes.status : row.status;
    if (status === 'delegated' && !(changes.delegatedTo ?? row.delegatedTo)) throw AppError.validation([{ path: 'delegatedTo', message: 'required' }]);
    if (changes.inPersonConfirmed && status !== 'present') throw AppError.validation([{ path: 'inPersonConfirmed', message: 'not_present' }]);
    const columns: Partial<MeetingAttendeeEntity> = {
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      delegatedTo: status === 'delegated' ? (changes.delegatedTo ?? row.delegatedTo) : null,
      // A confirmation holds for the presence it was given for: a new status asks again.
      ...(changes.inPersonConfirmed !== undefined
        ? { inPersonConfirmed: changes.inPersonConfirmed }
        : changes.status !== undefined && changes.status !== row.status
          ? { inPersonConfirmed: false }
          : {}),
      ...(changes.arrivedAt !== undefined ? { arrivedAt: changes.arrivedAt ? romeInstantOn(meeting.startsAt, changes.arrivedAt) : null } : {}),
      ...(changes.leftAt !== undefined ? { leftAt: changes.leftAt ? romeInstantOn(meeting.startsAt, changes.leftAt) : null } : {}),
      ...(changes.status === 'present' && !row.arrivedAt && changes.arrivedAt === undefined && meeting.status === 'in_progress'
        ? { arrivedAt: new Date() }
        : {}),
    };
    await this.audit.change(
      () => this.attendees.update(entryId, columns),
      () => ({ actor, action: 'attendance.update', entity: 'meeting_attendee', entityId: entryId, ...changedFields(row, columns) }),
    );
    this.live.changed(meetingId, 'attendance');
    return this.register(actor, meetingId);
  }

  /** Participants mark themselves present (or leaving) from their own phone during the meeting. */
  async selfCheck(actor: Actor, meetingId: string, direction: 'in' | 'out'): Promise<Attendance> {
    const { meeting, personId } = await this.meetingAccess.view(actor, meetingId);
    if (meeting.status !== 'in_progress' && meeting.status !== 'convened')
      throw new AppError('conflict', 'Check-in is open while the meeting is convened or in progress', { status: meeting.status });
    await this.ensureRoster(meeting);
    const mine = personId ? await this.attendees.findBy({ meetingId, personId }) : [];
    if (!mine.length) throw AppError.forbidden('You are not on the register of this meeting');
    const now = new Date();
    for (const row of mine) {
      const columns: Partial<MeetingAttendeeEntity> =
        direction === 'in' ? { status: 'present', arrivedAt: row.arrivedAt ?? now, leftAt: null, selfCheckIn: true, delegatedTo: null } : { leftAt: now };
      await this.audit.change(
        () => this.attendees.update(row.id, columns),
        () => ({ actor, action: `attendance.check_${direction}`, entity: 'meeting_attendee', entityId: row.id, ...changedFields(row, columns) }),
      );
    }
    this.live.changed(meetingId, 'attendance');
    return this.registerOf(meeting, personId);
  }

  private requireOpen(meeting: MeetingEntity) {
    if (!['draft', 'convened', 'in_progress', 'closed'].includes(meeting.status))
      throw new AppError('conflict', 'The register of this meeting is closed', { status: meeting.status });
  }

  private toEntry(r: MeetingAttendeeEntity, personId: string | null): AttendanceEntry {
    return {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisation?.name ?? '',
      personId: r.personId,
      personName: r.person ? `${r.person.firstName} ${r.person.lastName}` : '',
      isMe: r.personId === personId,
      rsvp: r.rsvp,
      rsvpDelegateName: r.rsvpDelegateName,
      status: r.status,
      delegatedTo: r.delegatedTo,
      arrivedAt: r.arrivedAt ? romeClock(r.arrivedAt) : null,
      leftAt: r.leftAt ? romeClock(r.leftAt) : null,
      selfCheckIn: r.selfCheckIn,
      flag: announcedDelegateFlag(r),
    };
  }
}

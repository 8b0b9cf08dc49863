import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MEETING_RIGHTS, type Meeting } from '@cantiere/domain';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository, type MeetingAccessFacts } from './meeting.repository';

export interface MeetingView {
  meeting: MeetingEntity;
  /** The caller's rights on the meeting, as responses carry them. */
  can: Meeting['can'];
  personId: string | null;
}

/**
 * Who may see a meeting (who may see its space) and who may run it: registers `meeting.read`, `meeting.manage` and
 * `minutes.approve`, each decided for many meetings with one lookup of the meetings and one per space right.
 */
@Injectable()
export class MeetingAccessService implements OnModuleInit {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly repo: MeetingRepository,
    private readonly access: AccessService,
  ) {}

  onModuleInit() {
    this.access.register('meeting.read', {
      denied: 'You cannot see this meeting',
      decide: async (actor, ids) => {
        const facts = await this.repo.accessFacts(ids);
        const readable = await this.access.allowed(
          actor,
          'space.read',
          facts.map((f) => f.spaceId),
        );
        return new Set(facts.filter((f) => readable.has(f.spaceId)).map((f) => f.id));
      },
    });
    const officers = (actor: Actor, ids: readonly string[]) => this.managed(actor, ids);
    this.access.register('meeting.manage', { denied: "Only the space's facilitators, the chair and the minute-taker can do this", decide: officers });
    this.access.register('minutes.approve', { denied: "Only the space's facilitators, the chair and the minute-taker can do this", decide: officers });
  }

  /** What the rules of other modules (the minutes) decide from, for many meetings at once. */
  facts(ids: readonly string[]): Promise<MeetingAccessFacts[]> {
    return this.repo.accessFacts(ids);
  }

  /** A meeting the caller may not see reads as not found, so that members-only spaces do not leak. */
  async view(actor: Actor, meetingId: string): Promise<MeetingView> {
    const meeting = await this.meetings.findOne({ where: { id: meetingId }, relations: { space: true, chair: true, minuteTaker: true } });
    if (!meeting?.space) throw AppError.notFound('Meeting');
    await this.access.require(actor, 'meeting.read', [meetingId], { notFound: 'Meeting' });
    const [can, personId] = await Promise.all([this.access.can(actor, MEETING_RIGHTS, [meetingId]), this.access.personId(actor)]);
    const rights = can.get(meetingId)!;
    return { meeting, can: rights, personId };
  }

  /** The `can` of many meetings at once (lists). */
  async canMany(actor: Actor, meetings: MeetingEntity[]): Promise<Map<string, Meeting['can']>> {
    return this.access.can(
      actor,
      MEETING_RIGHTS,
      meetings.map((m) => m.id),
    );
  }

  /** The meeting, once the caller is known to hold `permission` on it (404 if they cannot see it, else 403). */
  async manage(actor: Actor, meetingId: string, permission: (typeof MEETING_RIGHTS)[number] = 'meeting.manage'): Promise<MeetingView> {
    const view = await this.view(actor, meetingId);
    if (!view.can[permission]) throw this.access.forbidden(permission);
    return view;
  }

  /** Facilitators of the space (and administrators), the chair and the minute-taker; only of meetings they can see. */
  private async managed(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    const facts = await this.repo.accessFacts(ids);
    const spaceIds = facts.map((f) => f.spaceId);
    const [readable, facilitated, personId] = await Promise.all([
      this.access.allowed(actor, 'space.read', spaceIds),
      this.access.allowed(actor, 'space.manage', spaceIds),
      this.access.personId(actor),
    ]);
    const officer = (f: MeetingAccessFacts) => personId !== null && (personId === f.chairPersonId || personId === f.minuteTakerPersonId);
    return new Set(facts.filter((f) => readable.has(f.spaceId) && (facilitated.has(f.spaceId) || officer(f))).map((f) => f.id));
  }
}

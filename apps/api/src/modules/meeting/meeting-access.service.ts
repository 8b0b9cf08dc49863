import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { MeetingEntity } from './meeting.entity';

export interface MeetingView {
  meeting: MeetingEntity;
  /** Facilitators of the space, administrators, and the meeting's chair and minute-taker. */
  canManage: boolean;
  /** Active members (and facilitators) of the space. */
  isMember: boolean;
  personId: string | null;
}

/** Who may see a meeting (who may see its space) and who may run it. */
@Injectable()
export class MeetingAccessService {
  constructor(
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly access: AccessService,
  ) {}

  /** A meeting the caller may not see reads as not found, so that members-only spaces do not leak. */
  async view(actor: Actor, meetingId: string): Promise<MeetingView> {
    const meeting = await this.meetings.findOne({ where: { id: meetingId }, relations: { space: true, chair: true, minuteTaker: true } });
    if (!meeting?.space || !(await this.access.canSeeSpace(actor, meeting.space))) throw AppError.notFound('Meeting');
    const personId = await this.access.personId(actor);
    const facilitator = await this.access.hasSpaceRole(actor, meeting.spaceId, 'facilitator');
    const isOfficer = personId !== null && (personId === meeting.chairPersonId || personId === meeting.minuteTakerPersonId);
    return { meeting, canManage: facilitator || isOfficer, isMember: await this.access.hasSpaceRole(actor, meeting.spaceId, 'member'), personId };
  }

  /** `canManage` for many meetings at once (lists), from one lookup of the caller's roles. */
  async canManageMany(actor: Actor, meetings: MeetingEntity[]): Promise<Map<string, boolean>> {
    const admin = this.access.isAdmin(actor);
    const roles = admin ? new Map() : await this.access.spaceRoles(actor);
    const personId = await this.access.personId(actor);
    return new Map(
      meetings.map((m) => [
        m.id,
        admin || roles.get(m.spaceId) === 'facilitator' || (personId !== null && (personId === m.chairPersonId || personId === m.minuteTakerPersonId)),
      ]),
    );
  }

  async manage(actor: Actor, meetingId: string): Promise<MeetingView> {
    const view = await this.view(actor, meetingId);
    if (!view.canManage) throw AppError.forbidden("Only the space's facilitators, the chair and the minute-taker can do this");
    return view;
  }
}

import { Injectable } from '@nestjs/common';
import type { RunCommand, RunState } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import type { AgendaItemEntity } from './agenda-item.entity';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingLiveGateway } from './meeting-live.gateway';
import type { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';

/**
 * Run mode: the facilitator moves through the agenda; the time spent on each item is booked when it stops
 * being current, and everyone's screen follows through the live namespace.
 */
@Injectable()
export class MeetingRunService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly meetingAccess: MeetingAccessService,
    private readonly live: MeetingLiveGateway,
  ) {}

  async command(actor: Actor, meetingId: string, cmd: RunCommand): Promise<RunState> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'Run mode works while the meeting is in progress', { status: meeting.status });
    const m = await this.meetings.moveCurrentItem(meetingId, new Date(), (current, items) => targetOf(cmd, current, items));
    const state = { currentItemId: m.currentItemId, itemStartedAt: m.itemStartedAt?.toISOString() ?? null, serverNow: new Date().toISOString() };
    this.live.changed(meetingId, 'run', state);
    this.live.changed(meetingId, 'agenda');
    return state;
  }
}

function targetOf(cmd: RunCommand, m: MeetingEntity, items: AgendaItemEntity[]): AgendaItemEntity | null {
  const index = items.findIndex((i) => i.id === m.currentItemId);
  let target: AgendaItemEntity | null;
  if (cmd.action === 'goto') {
    target = items.find((i) => i.id === cmd.itemId) ?? null;
    if (!target) throw AppError.validation([{ path: 'itemId', message: 'unknown_item' }]);
  } else if (cmd.action === 'next') {
    target = items[index + 1] ?? null;
    if (!target) throw new AppError('conflict', index < 0 && !items.length ? 'The agenda is empty' : 'This is the last item');
  } else if (cmd.action === 'previous') {
    target = index > 0 ? items[index - 1] : null;
    if (!target) throw new AppError('conflict', 'This is the first item');
  } else {
    target = null;
  }
  return target;
}

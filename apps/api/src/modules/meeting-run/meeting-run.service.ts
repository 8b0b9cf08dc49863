import { Injectable } from '@nestjs/common';
import type { RunCommand, RunState } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AgendaService } from '../agenda';
import type { AgendaItemEntity } from '../agenda';
import { MeetingAccessService, MeetingLiveGateway, MeetingService } from '../meeting';
import type { MeetingEntity } from '../meeting';

/**
 * Run mode: the facilitator moves through the agenda; the time spent on each item is booked when it stops
 * being current, and everyone's screen follows through the live namespace.
 */
@Injectable()
export class MeetingRunService {
  constructor(
    private readonly meetings: MeetingService,
    private readonly agenda: AgendaService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly live: MeetingLiveGateway,
  ) {}

  async command(actor: Actor, meetingId: string, cmd: RunCommand): Promise<RunState> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'Run mode works while the meeting is in progress', { status: meeting.status });
    const m = await this.moveCurrentItem(meetingId, new Date(), (current, items) => targetOf(cmd, current, items));
    const state = { currentItemId: m.currentItemId, itemStartedAt: m.itemStartedAt?.toISOString() ?? null, serverNow: new Date().toISOString() };
    this.live.changed(meetingId, 'run', state);
    this.live.changed(meetingId, 'agenda');
    return state;
  }

  /**
   * Makes the item `choose` picks the current one, under a row lock on the meeting so that two facilitators
   * pressing "next" together move one step and time is booked once. The item that stops being current gets the
   * seconds spent on it and counts as discussed.
   */
  private moveCurrentItem(
    meetingId: string,
    now: Date,
    choose: (meeting: MeetingEntity, items: AgendaItemEntity[]) => AgendaItemEntity | null,
  ): Promise<MeetingEntity> {
    return this.meetings.underLock(meetingId, async (m) => {
      const items = await this.agenda.itemsInOrder(meetingId);
      const target = choose(m, items);
      if (m.currentItemId && m.itemStartedAt && m.currentItemId !== target?.id) await this.agenda.bookTime(m.currentItemId, m.itemStartedAt, now);
      if (m.currentItemId !== (target?.id ?? null)) {
        await this.meetings.setCurrentItem(meetingId, target?.id ?? null, target ? now : null);
        m.currentItemId = target?.id ?? null;
        m.itemStartedAt = target ? now : null;
      }
      return m;
    });
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

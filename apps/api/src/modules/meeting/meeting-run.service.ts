import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RunCommand, RunState } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingLiveGateway } from './meeting-live.gateway';
import { MeetingEntity } from './meeting.entity';

/**
 * Run mode: the facilitator moves through the agenda; the time spent on each item is booked when it stops
 * being current, and everyone's screen follows through the live namespace.
 */
@Injectable()
export class MeetingRunService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly meetingAccess: MeetingAccessService,
    private readonly live: MeetingLiveGateway,
  ) {}

  async command(actor: Actor, meetingId: string, cmd: RunCommand): Promise<RunState> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status !== 'in_progress') throw new AppError('conflict', 'Run mode works while the meeting is in progress', { status: meeting.status });
    const state = await this.ds.transaction(async (tx) => {
      // Row lock: two facilitators pressing "next" together move one step, and time is booked once.
      const m = await tx.getRepository(MeetingEntity).findOneOrFail({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      const items = await tx.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' } });
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
      const now = new Date();
      if (m.currentItemId && m.itemStartedAt && m.currentItemId !== target?.id) {
        const seconds = Math.max(0, Math.round((now.getTime() - m.itemStartedAt.getTime()) / 1000));
        await tx.getRepository(AgendaItemEntity).increment({ id: m.currentItemId }, 'spentSeconds', seconds);
        await tx.getRepository(AgendaItemEntity).update({ id: m.currentItemId }, { status: 'discussed' });
      }
      if (m.currentItemId !== (target?.id ?? null)) {
        await tx.getRepository(MeetingEntity).update(meetingId, { currentItemId: target?.id ?? null, itemStartedAt: target ? now : null });
        m.currentItemId = target?.id ?? null;
        m.itemStartedAt = target ? now : null;
      }
      return { currentItemId: m.currentItemId, itemStartedAt: m.itemStartedAt?.toISOString() ?? null, serverNow: new Date().toISOString() };
    });
    this.live.changed(meetingId, 'run', state);
    this.live.changed(meetingId, 'agenda');
    return state;
  }
}

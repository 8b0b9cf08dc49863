import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import * as Y from 'yjs';
import { docIdOf } from '@cantiere/collab';
import type { MinutesRemarkCreate } from '@cantiere/domain';
import { CollabStore } from '../../collab/collab-store';
import { CollabGateway } from '../../collab/collab.gateway';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { MeetingAccessService, type MeetingView } from '../meeting/meeting-access.service';
import { MeetingLiveGateway } from '../meeting/meeting-live.gateway';
import { MeetingEntity } from '../meeting/meeting.entity';
import { MeetingService } from '../meeting/meeting.service';
import { MinutesProjectionService } from './minutes-projection.service';
import { MinutesRemarkEntity } from './minutes-remark.entity';
import { VerbaleRecordService } from './verbale-record.service';

/** The minutes' workflow: draft, review with comments and suggestions, approval that freezes and hashes the text. */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectRepository(MinutesRemarkEntity) private readonly remarks: Repository<MinutesRemarkEntity>,
    private readonly meetingAccess: MeetingAccessService,
    private readonly meetings: MeetingService,
    private readonly access: AccessService,
    private readonly projection: MinutesProjectionService,
    private readonly record: VerbaleRecordService,
    private readonly store: CollabStore,
    private readonly gateway: CollabGateway,
    private readonly live: MeetingLiveGateway,
  ) {}

  /** Opens the review window: attendees comment and suggest for `days` days; only the officers edit the text. */
  async startReview(actor: Actor, meetingId: string, days: number): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status !== 'closed' || meeting.minutesStatus !== 'draft') throw new AppError('conflict', 'Review starts on the draft minutes of a closed meeting', { status: meeting.status, minutesStatus: meeting.minutesStatus });
    await this.projection.flush(meetingId);
    await this.ds.getRepository(MeetingEntity).update(meetingId, { minutesStatus: 'in_review', reviewUntil: new Date(Date.now() + days * 86_400_000) });
    await this.gateway.refreshAccess(docIdOf('minutes', meetingId));
    this.live.changed(meetingId, 'minutes');
    return this.meetingAccess.view(actor, meetingId);
  }

  async listRemarks(actor: Actor, meetingId: string): Promise<MinutesRemarkEntity[]> {
    await this.meetingAccess.view(actor, meetingId);
    return this.remarks.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  /** Attendees (anyone on the register) and members of the space may remark while the window is open. */
  async addRemark(actor: Actor, meetingId: string, input: MinutesRemarkCreate): Promise<MinutesRemarkEntity> {
    const view = await this.meetingAccess.view(actor, meetingId);
    const { meeting } = view;
    if (meeting.minutesStatus !== 'in_review') throw new AppError('conflict', 'Comments are open while the minutes are in review');
    if (meeting.reviewUntil && meeting.reviewUntil.getTime() < Date.now()) throw new AppError('conflict', 'The review window has closed');
    const onRegister = view.personId ? (await this.ds.query('SELECT 1 FROM meeting_attendees WHERE meeting_id = $1 AND person_id = $2', [meetingId, view.personId])).length > 0 : false;
    if (!onRegister && !view.isMember && !view.canManage) throw AppError.forbidden('Only attendees and members of the space can comment on the minutes');
    if (input.agendaItemId && !(await this.ds.query('SELECT 1 FROM agenda_items WHERE id = $1 AND meeting_id = $2', [input.agendaItemId, meetingId])).length) {
      throw AppError.validation([{ path: 'agendaItemId', message: 'unknown_item' }]);
    }
    const saved = await this.remarks.save(
      this.remarks.create({
        meetingId, kind: input.kind, agendaItemId: input.agendaItemId ?? null, quote: input.quote ?? null, text: input.text,
        authorUserId: actor.user.id, authorName: actor.user.name, organisationName: await this.access.organisationLabel(actor), resolution: null,
      }),
    );
    this.live.changed(meetingId, 'minutes');
    return saved;
  }

  async resolveRemark(actor: Actor, meetingId: string, remarkId: string, resolution: 'accepted' | 'rejected'): Promise<MinutesRemarkEntity> {
    await this.meetingAccess.manage(actor, meetingId);
    const remark = await this.remarks.findOneBy({ id: remarkId, meetingId });
    if (!remark) throw AppError.notFound('Remark');
    await this.remarks.update(remarkId, { resolution });
    this.live.changed(meetingId, 'minutes');
    return this.remarks.findOneByOrFail({ id: remarkId });
  }

  /**
   * Approval (usually at the next meeting): the verbale is sealed as a frozen record whose SHA-256 is stored and
   * shown on it, the text is kept as a named version, and the minutes turn read-only for everyone.
   */
  async approve(actor: Actor, meetingId: string, approvedAtMeetingId: string | null): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId);
    if (meeting.status !== 'closed') throw new AppError('conflict', 'Minutes are approved after the meeting has closed', { status: meeting.status });
    if (approvedAtMeetingId) {
      const at = await this.ds.getRepository(MeetingEntity).findOneBy({ id: approvedAtMeetingId });
      if (!at || at.spaceId !== meeting.spaceId || at.id === meeting.id || at.startsAt <= meeting.startsAt || !['in_progress', 'closed', 'minutes_approved'].includes(at.status)) {
        throw AppError.validation([{ path: 'approvedAtMeetingId', message: 'not_a_later_meeting' }], 'Choose a later meeting of the same space that has taken place');
      }
    }
    const docId = docIdOf('minutes', meetingId);
    // The document is made final first, on every instance, so that nothing lands between the frozen text and the read-only switch.
    const live = await this.gateway.freeze(docId);
    let view: MeetingView;
    try {
      await this.projection.flush(meetingId);
      const approvedAt = new Date();
      const sealed = await this.record.prepare(meeting.id, { approvedAt, approvedAtMeetingId });
      const hash = sealed.sha256;
      await this.store.addVersion(docId, live.seq, 'named', `Verbale approvato (SHA-256 ${hash.slice(0, 12)}…)`, Y.encodeStateAsUpdate(live.ydoc), actor.user.id);
      // The record is sealed in the approving transaction: approved minutes without their record cannot exist.
      view = await this.meetings.transition(
        actor, meetingId, 'approve_minutes', null,
        { minutesStatus: 'approved', minutesHash: hash, approvedMinutesText: sealed.text, minutesApprovedAt: approvedAt, approvedAtMeetingId, reviewUntil: null },
        (tx) => this.record.seal(tx, meetingId, sealed, actor.user.id),
      );
    } catch (err) {
      // Not approved after all (say, approved meanwhile by someone else, or the verbale failed): the text stays open.
      const current = await this.ds.getRepository(MeetingEntity).findOneBy({ id: meetingId });
      if (current?.minutesStatus !== 'approved') await this.gateway.thaw(docId);
      throw err;
    }
    await this.gateway.refreshAccess(docId);
    this.live.changed(meetingId, 'minutes');
    return view;
  }
}

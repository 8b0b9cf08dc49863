import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { docIdOf } from '@cantiere/collab';
import type { MinutesRemarkCreate, StepWarning, StepWarningCode } from '@cantiere/domain';
import { CollabDocuments } from '../../collab';
import { AccessService } from '../../core/access/access.service';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { requireConfirmed } from '../../core/errors/confirmation';
import { AgendaService } from '../agenda';
import { AuditService, changedFields } from '../audit';
import { MeetingAccessService, MeetingEvents, MeetingLiveGateway, MeetingService, type MeetingView } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { MinutesProjectionService } from './minutes-projection.service';
import { MinutesRemarkEntity } from './minutes-remark.entity';
import { MinutesRemarkNotifications } from './minutes-remark-notifications';
import { MinutesRemarkRepository } from './minutes-remark.repository';
import { replacePassage, type PassageReplacement } from './suggestion-apply';
import { VerbaleRecordService } from './verbale-record.service';

/** The minutes' workflow: draft, review with comments and suggestions, approval that freezes and hashes the text. */
@Injectable()
export class MinutesService {
  constructor(
    @InjectRepository(MinutesRemarkEntity) private readonly remarks: Repository<MinutesRemarkEntity>,
    private readonly remarkRows: MinutesRemarkRepository,
    private readonly meetingAccess: MeetingAccessService,
    private readonly meetings: MeetingService,
    private readonly access: AccessService,
    private readonly projection: MinutesProjectionService,
    private readonly record: VerbaleRecordService,
    private readonly collab: CollabDocuments,
    private readonly live: MeetingLiveGateway,
    private readonly events: MeetingEvents,
    private readonly agenda: AgendaService,
    private readonly audit: AuditService,
    private readonly remarkNotices: MinutesRemarkNotifications,
  ) {}

  /** Opens the review window: attendees comment and suggest for `days` days; only the officers edit the text. */
  async startReview(actor: Actor, meetingId: string, days: number): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId, 'minutes.approve');
    if (meeting.status !== 'closed' || meeting.minutesStatus !== 'draft')
      throw new AppError('conflict', 'Review starts on the draft minutes of a closed meeting', {
        status: meeting.status,
        minutesStatus: meeting.minutesStatus,
      });
    await this.projection.flush(meetingId);
    const reviewUntil = new Date(Date.now() + days * 86_400_000);
    await this.audit.change(
      async () => {
        // Conditional: of two openings at once, the second finds no draft and rolls back, raising nothing.
        if (!(await this.meetings.openMinutesReview(meetingId, reviewUntil)))
          throw new AppError('conflict', 'Review starts on the draft minutes of a closed meeting');
        // The register's mail and notifications about the review commit with its opening, or not at all.
        await this.events.runWithin('review_started', meeting, new Date(), actor);
      },
      () => ({
        actor,
        action: 'minutes.review_start',
        entity: 'meeting',
        entityId: meetingId,
        ...changedFields(meeting, { minutesStatus: 'in_review', reviewUntil }),
      }),
    );
    await this.collab.refreshAccess(docIdOf('minutes', meetingId));
    this.live.changed(meetingId, 'minutes');
    const view = await this.meetingAccess.view(actor, meetingId);
    await this.events.emit('review_started', view.meeting, actor);
    return view;
  }

  async listRemarks(actor: Actor, meetingId: string): Promise<MinutesRemarkEntity[]> {
    await this.meetingAccess.view(actor, meetingId);
    return this.remarks.find({ where: { meetingId }, order: { createdAt: 'ASC' } });
  }

  /** Attendees (anyone on the register) and members of the space may remark while the window is open. */
  async addRemark(actor: Actor, meetingId: string, input: MinutesRemarkCreate): Promise<MinutesRemarkEntity> {
    const { meeting } = await this.meetingAccess.view(actor, meetingId);
    if (meeting.minutesStatus !== 'in_review') throw new AppError('conflict', 'Comments are open while the minutes are in review');
    if (meeting.reviewUntil && meeting.reviewUntil.getTime() < Date.now()) throw new AppError('conflict', 'The review window has closed');
    await this.access.require(actor, 'minutes.remark', [meetingId]);
    if (input.agendaItemId && !(await this.agenda.hasItem(meetingId, input.agendaItemId))) {
      throw AppError.validation([{ path: 'agendaItemId', message: 'unknown_item' }]);
    }
    const passageAuthors = await this.remarkNotices.authorsOf(meetingId, input.quote, input.agendaItemId ?? null, actor);
    const saved = await this.audit.change(
      async () => {
        const remark = await this.remarks.save(
          this.remarks.create({
            meetingId,
            kind: input.kind,
            agendaItemId: input.agendaItemId ?? null,
            quote: input.quote ?? null,
            text: input.text,
            authorUserId: actor.user.id,
            authorName: actor.user.name,
            organisationName: await this.access.organisationLabel(actor),
            resolution: null,
          }),
        );
        await this.remarkNotices.filed(remark, meeting.title, passageAuthors);
        return remark;
      },
      (row) => ({ actor, action: 'minutes_remark.create', entity: 'minutes_remark', entityId: row.id, after: { meetingId, kind: row.kind, text: row.text } }),
    );
    this.live.changed(meetingId, 'minutes');
    return saved;
  }

  /**
   * Accepting a suggestion applies it to the live minutes as a server change attributed to its author; when the
   * passage is no longer there exactly once, the suggestion is marked to be applied by hand and the answer says why.
   */
  async resolveRemark(actor: Actor, meetingId: string, remarkId: string, resolution: 'accepted' | 'rejected'): Promise<MinutesRemarkEntity> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId, 'minutes.approve');
    const remark = await this.remarks.findOneBy({ id: remarkId, meetingId });
    if (!remark) throw AppError.notFound('Remark');
    // Approved minutes are a sealed record: what the officers did with each remark is part of it.
    const sealed = new AppError('conflict', 'Remarks are resolved while the minutes are in review', { minutesStatus: meeting.minutesStatus });
    if (meeting.minutesStatus !== 'in_review') throw sealed;
    if (remark.application === 'applied' || remark.application === 'applied_by_hand') {
      if (resolution === 'accepted') return remark;
      throw new AppError('conflict', 'The suggestion is already in the text; change the text instead', { application: remark.application });
    }
    const applies = resolution === 'accepted' && remark.kind === 'suggestion' && !!remark.quote;
    const claimed = await this.audit.change(
      () => this.remarkRows.claimResolution(remarkId, meetingId, resolution),
      (done) =>
        done ? { actor, action: 'minutes_remark.resolve', entity: 'minutes_remark', entityId: remarkId, ...changedFields(remark, { resolution }) } : null,
    );
    if (!claimed && remark.resolution !== resolution) throw sealed;
    if (applies && claimed) {
      // Set inside the server change, which runs against the live document: what it found there decides.
      const found: { outcome: PassageReplacement } = { outcome: 'not_found' };
      try {
        await this.collab.applyServerChange(docIdOf('minutes', meetingId), remark.authorUserId ?? actor.user.id, (doc) => {
          found.outcome = replacePassage(doc, remark.quote!, remark.text, remark.agendaItemId);
        });
      } catch (err) {
        await this.remarks.update(remarkId, { resolution: remark.resolution, application: remark.application, applicationIssue: remark.applicationIssue });
        throw err;
      }
      await this.remarks.update(
        remarkId,
        found.outcome === 'applied' ? { application: 'applied' } : { application: 'to_apply', applicationIssue: found.outcome },
      );
    }
    this.live.changed(meetingId, 'minutes');
    return this.remarks.findOneByOrFail({ id: remarkId });
  }

  /** The officers say they applied by hand an accepted suggestion the server could not place. */
  async markApplied(actor: Actor, meetingId: string, remarkId: string): Promise<MinutesRemarkEntity> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId, 'minutes.approve');
    if (meeting.minutesStatus !== 'in_review')
      throw new AppError('conflict', 'Remarks are resolved while the minutes are in review', { minutesStatus: meeting.minutesStatus });
    const remark = await this.remarks.findOneBy({ id: remarkId, meetingId });
    if (!remark) throw AppError.notFound('Remark');
    if (remark.application !== 'to_apply')
      throw new AppError('conflict', 'Only an accepted suggestion waiting to be applied by hand can be marked as applied', { application: remark.application });
    await this.audit.change(
      () => this.remarks.update(remarkId, { application: 'applied_by_hand' }),
      () => ({
        actor,
        action: 'minutes_remark.applied_by_hand',
        entity: 'minutes_remark',
        entityId: remarkId,
        ...changedFields(remark, { application: 'applied_by_hand' }),
      }),
    );
    this.live.changed(meetingId, 'minutes');
    return this.remarks.findOneByOrFail({ id: remarkId });
  }

  /** What an approval now would leave behind: a review still open (with its unanswered remarks), suggestions not yet in the text. */
  private async approvalWarnings(meeting: MeetingEntity): Promise<StepWarning[]> {
    const warnings: StepWarning[] = [];
    const now = Date.now();
    if (meeting.minutesStatus === 'in_review' && meeting.reviewUntil && meeting.reviewUntil.getTime() > now) {
      const open = await this.remarks.find({ where: { meetingId: meeting.id, resolution: IsNull() }, order: { createdAt: 'ASC' } });
      warnings.push({
        code: 'review_open',
        daysLeft: Math.ceil((meeting.reviewUntil.getTime() - now) / 86_400_000),
        reviewUntil: meeting.reviewUntil.toISOString(),
        openRemarks: open.map((r) => ({
          authorName: r.authorName,
          organisationName: r.organisationName,
          kind: r.kind,
          excerpt: r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text,
        })),
      });
    }
    const unapplied = await this.remarks.countBy({ meetingId: meeting.id, application: 'to_apply' });
    if (unapplied > 0) warnings.push({ code: 'unapplied_suggestions', count: unapplied });
    return warnings;
  }

  /**
   * Approval (usually at the next meeting): the verbale is sealed as a frozen record whose SHA-256 is stored and
   * shown on it, the text is kept as a named version, and the minutes turn read-only for everyone.
   */
  async approve(actor: Actor, meetingId: string, approvedAtMeetingId: string | null, confirm?: readonly StepWarningCode[]): Promise<MeetingView> {
    const { meeting } = await this.meetingAccess.manage(actor, meetingId, 'minutes.approve');
    if (meeting.status !== 'closed') throw new AppError('conflict', 'Minutes are approved after the meeting has closed', { status: meeting.status });
    if (approvedAtMeetingId) {
      const at = await this.meetings.findById(approvedAtMeetingId);
      if (
        !at ||
        at.spaceId !== meeting.spaceId ||
        at.id === meeting.id ||
        at.startsAt <= meeting.startsAt ||
        !['in_progress', 'closed', 'minutes_approved'].includes(at.status)
      ) {
        throw AppError.validation(
          [{ path: 'approvedAtMeetingId', message: 'not_a_later_meeting' }],
          'Choose a later meeting of the same space that has taken place',
        );
      }
    }
    const warnings = requireConfirmed(await this.approvalWarnings(meeting), confirm, 'Approving the minutes now needs an explicit confirmation');
    const docId = docIdOf('minutes', meetingId);
    // The document is made final first, on every instance, so that nothing lands between the frozen text and the read-only switch.
    await this.collab.freeze(docId);
    let view: MeetingView;
    try {
      await this.projection.flush(meetingId);
      const approvedAt = new Date();
      const sealed = await this.record.prepare(meeting.id, { approvedAt, approvedAtMeetingId });
      const hash = sealed.sha256;
      await this.collab.addVersion(docId, 'named', `Verbale approvato (SHA-256 ${hash.slice(0, 12)}…)`, actor.user.id);
      // The record is sealed in the approving transaction: approved minutes without their record cannot exist.
      view = await this.meetings.transition(
        actor,
        meetingId,
        'approve_minutes',
        null,
        {
          minutesStatus: 'approved',
          minutesHash: hash,
          approvedMinutesText: sealed.text,
          minutesApprovedAt: approvedAt,
          approvedAtMeetingId,
          reviewUntil: null,
        },
        { warnings, confirm },
        () => this.record.seal(meetingId, sealed, actor.user.id),
      );
    } catch (err) {
      // Not approved after all (say, approved meanwhile by someone else, or the verbale failed): the text stays open.
      const current = await this.meetings.findById(meetingId);
      if (current?.minutesStatus !== 'approved') await this.collab.thaw(docId);
      throw err;
    }
    await this.collab.refreshAccess(docId);
    this.live.changed(meetingId, 'minutes');
    return view;
  }
}

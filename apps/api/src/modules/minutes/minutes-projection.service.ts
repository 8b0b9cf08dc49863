import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { docIdOf } from '@cantiere/collab';
import { CollabDocuments } from '../../collab';
import { Transactional } from '../../core/database/transaction';
import { LOGGER } from '../../core/logging/logging.module';
import { AgendaService } from '../agenda';
import { MeetingEvents, MeetingLiveGateway } from '../meeting';
import { MentionNotifications } from '../mention';
import type { MeetingEntity } from '../meeting';
import { MinutesAccessService } from './minutes-access.service';
import { OutcomeWriter } from '../outcome';
import { hasMinutesShape, shapeMinutes } from './minutes-layout';
import { addMissingSections, projectMinutes } from './minutes-projection';
import { MinutesProjectionRepository } from './minutes-projection.repository';

const PROJECT_AFTER_MS = 800;

/**
 * The minutes (`minutes:<meetingId>`) as a kind of live document. Keeps the rows in step with them: on a debounced
 * save the Y.Doc is read with the editor's schema and the decisions, actions and section texts are upserted in one
 * transaction; a removed block removes its row. When the meeting starts (or an item is added while it runs) each
 * agenda item gets its section. Older minutes are brought to the editor's shape when loaded, except approved
 * (frozen) ones: they are the record, kept exactly as approved.
 */
@Injectable()
export class MinutesProjectionService implements OnModuleInit {
  constructor(
    private readonly rows: MinutesProjectionRepository,
    private readonly agenda: AgendaService,
    private readonly minutesAccess: MinutesAccessService,
    private readonly collab: CollabDocuments,
    private readonly outcomes: OutcomeWriter,
    private readonly events: MeetingEvents,
    private readonly live: MeetingLiveGateway,
    private readonly mentions: MentionNotifications,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.collab.registerKind({
      prefix: 'minutes',
      access: (actor, meetingId) => this.minutesAccess.decide(actor, meetingId),
      project: {
        afterMs: PROJECT_AFTER_MS,
        run: (meetingId, content) => this.projectDoc(meetingId, content),
        projected: (meetingId) => this.live.changed(meetingId, 'minutes'),
      },
      upgrade: { current: hasMinutesShape, upgrade: shapeMinutes },
      frozen: { upgrade: false },
    });
    this.events.on('start', (m, actor) => this.layOut(m, actor.user.id));
    this.events.on('agenda_changed', (m, actor) => (m.status === 'in_progress' ? this.layOut(m, actor.user.id) : Promise.resolve()));
  }

  async layOut(meeting: MeetingEntity, authorId: string): Promise<void> {
    const items = await this.agenda.itemsInOrder(meeting.id);
    const docId = docIdOf('minutes', meeting.id);
    let added = 0;
    await this.collab.applyServerChange(docId, authorId, (doc) => {
      added = addMissingSections(doc, items);
    });
    if (added) this.logger.info({ meetingId: meeting.id, added }, 'minutes sections laid out');
  }

  /** Projects now (used before approval and exports, so that they read the latest text). */
  flush(meetingId: string): Promise<void> {
    return this.collab.project(docIdOf('minutes', meetingId));
  }

  /** Rows, outcomes and the mentions waiting to be told, in one transaction. */
  @Transactional()
  async projectDoc(meetingId: string, ydoc: Y.Doc): Promise<void> {
    const projected = projectMinutes(ydoc);
    const meeting = await this.rows.store(meetingId, projected, (spaceId, decisions, actions) =>
      this.outcomes.replaceForMeeting(meetingId, spaceId, decisions, actions),
    );
    if (!meeting) return;
    await this.mentions.projected(
      { docId: docIdOf('minutes', meetingId), subject: { type: 'meeting', id: meetingId }, title: meeting.title, link: `/sedute/${meetingId}` },
      ydoc,
    );
  }
}

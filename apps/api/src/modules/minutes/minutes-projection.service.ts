import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import { docIdOf, parseDocId } from '@cantiere/collab';
import { CollabGateway } from '../../collab/collab.gateway';
import { DocumentRegistry } from '../../collab/document-registry';
import { DocumentUpgrades } from '../../collab/document-upgrades';
import type { LiveDocument } from '../../collab/live-document';
import { LOGGER } from '../../core/logging/logging.module';
import { AgendaService } from '../agenda';
import { MeetingEvents, MeetingLiveGateway } from '../meeting';
import type { MeetingEntity } from '../meeting';
import { OutcomeWriter } from '../outcome';
import { hasMinutesShape, shapeMinutes } from './minutes-layout';
import { addMissingSections, projectMinutes } from './minutes-projection';
import { MinutesProjectionRepository } from './minutes-projection.repository';

const PROJECT_AFTER_MS = 800;

/**
 * Keeps the rows in step with the minutes: on a debounced save the Y.Doc is read with the editor's schema and
 * the decisions, actions and section texts are upserted in one transaction; a removed block removes its row.
 * When the meeting starts (or an item is added while it runs) each agenda item gets its section.
 */
@Injectable()
export class MinutesProjectionService implements OnModuleInit, OnApplicationShutdown {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly rows: MinutesProjectionRepository,
    private readonly agenda: AgendaService,
    private readonly outcomes: OutcomeWriter,
    private readonly registry: DocumentRegistry,
    private readonly upgrades: DocumentUpgrades,
    private readonly gateway: CollabGateway,
    private readonly events: MeetingEvents,
    private readonly live: MeetingLiveGateway,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit() {
    this.upgrades.register('minutes', { current: hasMinutesShape, upgrade: shapeMinutes });
    this.registry.onCommit((doc) => {
      if (parseDocId(doc.docId)?.kind !== 'minutes') return;
      clearTimeout(this.timers.get(doc.docId));
      this.timers.set(
        doc.docId,
        setTimeout(() => void this.project(doc), PROJECT_AFTER_MS),
      );
    });
    this.events.on('start', (m, actor) => this.layOut(m, actor.user.id));
    this.events.on('agenda_changed', (m, actor) => (m.status === 'in_progress' ? this.layOut(m, actor.user.id) : Promise.resolve()));
  }

  async layOut(meeting: MeetingEntity, authorId: string): Promise<void> {
    const items = await this.agenda.itemsInOrder(meeting.id);
    const docId = docIdOf('minutes', meeting.id);
    let added = 0;
    await this.gateway.applyServerChange(docId, authorId, (doc) => {
      added = addMissingSections(doc, items);
    });
    if (added) this.logger.info({ meetingId: meeting.id, added }, 'minutes sections laid out');
  }

  /** Projects now (used before approval and exports, so that they read the latest text). */
  async flush(meetingId: string): Promise<void> {
    const docId = docIdOf('minutes', meetingId);
    clearTimeout(this.timers.get(docId));
    this.timers.delete(docId);
    const live = await this.registry.get(docId);
    await live.drained();
    await this.projectDoc(meetingId, live.ydoc);
  }

  private async project(doc: LiveDocument) {
    this.timers.delete(doc.docId);
    try {
      await this.projectDoc(parseDocId(doc.docId)!.entityId, doc.ydoc);
      this.live.changed(parseDocId(doc.docId)!.entityId, 'minutes');
    } catch (err) {
      this.logger.error({ err, docId: doc.docId }, 'minutes projection failed');
    }
  }

  async projectDoc(meetingId: string, ydoc: Y.Doc): Promise<void> {
    const projected = projectMinutes(ydoc);
    await this.rows.store(meetingId, projected, (tx, spaceId, decisions, actions) =>
      this.outcomes.replaceForMeeting(tx, meetingId, spaceId, decisions, actions),
    );
  }

  async onApplicationShutdown() {
    for (const [docId, timer] of this.timers) {
      clearTimeout(timer);
      const doc = this.registry.loaded(docId);
      if (doc) await this.project(doc);
    }
  }
}

import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, In, Not } from 'typeorm';
import type * as Y from 'yjs';
import { docIdOf, parseDocId } from '@cantiere/collab';
import { CollabGateway } from '../../collab/collab.gateway';
import { DocumentRegistry } from '../../collab/document-registry';
import { DocumentUpgrades } from '../../collab/document-upgrades';
import type { LiveDocument } from '../../collab/live-document';
import { LOGGER } from '../../core/logging/logging.module';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MeetingEvents, MeetingLiveGateway } from '../meeting';
import { MeetingEntity } from '../meeting/meeting.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';
import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';
import { hasMinutesShape, shapeMinutes } from './minutes-layout';
import { addMissingSections, projectMinutes } from './minutes-projection';

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
    @InjectDataSource() private readonly ds: DataSource,
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
      this.timers.set(doc.docId, setTimeout(() => void this.project(doc), PROJECT_AFTER_MS));
    });
    this.events.on('start', (m, actor) => this.layOut(m, actor.user.id));
    this.events.on('agenda_changed', (m, actor) => (m.status === 'in_progress' ? this.layOut(m, actor.user.id) : Promise.resolve()));
  }

  async layOut(meeting: MeetingEntity, authorId: string): Promise<void> {
    const items = await this.ds.getRepository(AgendaItemEntity).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
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
    await this.ds.transaction(async (tx) => {
      const meeting = await tx.getRepository(MeetingEntity).findOneBy({ id: meetingId });
      if (!meeting) return;
      const itemIds = new Set((await tx.getRepository(AgendaItemEntity).find({ where: { meetingId }, select: { id: true } })).map((i) => i.id));
      // References written by a client may point at nothing (a deleted item, a mistyped id): keep the row, drop the link.
      const orgIds = new Set((await tx.getRepository(OrganisationEntity).find({ where: { id: In(projected.actions.map((a) => a.responsibleOrganisationId).filter((v): v is string => !!v)) }, select: { id: true } })).map((o) => o.id));
      const personIds = new Set((await tx.getRepository(PersonEntity).find({ where: { id: In(projected.actions.map((a) => a.responsiblePersonId).filter((v): v is string => !!v)) }, select: { id: true } })).map((p) => p.id));
      const item = (id: string | null) => (id && itemIds.has(id) ? id : null);

      const decisions = tx.getRepository(DecisionEntity);
      if (projected.decisions.length) {
        await decisions.upsert(
          projected.decisions.map((d) => ({ ...d, agendaItemId: item(d.agendaItemId), meetingId, spaceId: meeting.spaceId })),
          ['meetingId', 'blockId'],
        );
      }
      await decisions.delete({ meetingId, ...(projected.decisions.length ? { blockId: Not(In(projected.decisions.map((d) => d.blockId))) } : {}) });

      const actions = tx.getRepository(ActionEntity);
      if (projected.actions.length) {
        await actions.upsert(
          projected.actions.map((a) => ({
            ...a, agendaItemId: item(a.agendaItemId), meetingId, spaceId: meeting.spaceId,
            responsibleOrganisationId: a.responsibleOrganisationId && orgIds.has(a.responsibleOrganisationId) ? a.responsibleOrganisationId : null,
            responsiblePersonId: a.responsiblePersonId && personIds.has(a.responsiblePersonId) ? a.responsiblePersonId : null,
          })),
          ['meetingId', 'blockId'],
        );
      }
      await actions.delete({ meetingId, ...(projected.actions.length ? { blockId: Not(In(projected.actions.map((a) => a.blockId))) } : {}) });

      for (const id of itemIds) await tx.getRepository(AgendaItemEntity).update(id, { minutesText: projected.sections.get(id) ?? '' });
      await tx.getRepository(MeetingEntity).update(meetingId, { minutesOtherText: projected.other });
    });
  }

  async onApplicationShutdown() {
    for (const [docId, timer] of this.timers) {
      clearTimeout(timer);
      const doc = this.registry.loaded(docId);
      if (doc) await this.project(doc);
    }
  }
}

import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, docIdOf } from '@cantiere/collab';
import { BODY_FIELD } from '../collab/rich-text-projection';
import { CollabDocumentEntity } from '../collab/collab-document.entity';
import { AgendaItemEntity } from '../modules/agenda/agenda-item.entity';
import { MeetingAttendeeEntity } from '../modules/attendance/meeting-attendee.entity';
import { MeetingTransitionEntity } from '../modules/meeting/meeting-transition.entity';
import { MeetingEntity } from '../modules/meeting/meeting.entity';
import { addMissingSections } from '../modules/minutes/minutes-projection';

const DAY = 86_400_000;
/** 17:00 in Rome (16:00 UTC in winter, 15:00 in summer is close enough for demo data) `days` from now. */
const at = (days: number, hourUtc: number) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
};

function paragraph(parent: Y.XmlElement, text: string) {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  parent.push([p]);
  t.insert(0, text);
}

function block(parent: Y.XmlElement, name: string, attrs: Record<string, string>, text: string) {
  const b = new Y.XmlElement(name);
  for (const [k, v] of Object.entries(attrs)) b.setAttribute(k, v);
  const t = new Y.XmlText();
  b.insert(0, [t]);
  parent.push([b]);
  t.insert(0, text);
}

export interface DemoMeetingRefs {
  spaceId: string;
  facilitator: { personId: string; organisationId: string };
  caritas: { personId: string; organisationId: string };
  members: { personId: string; organisationId: string }[];
}

/**
 * The food-poverty table's history: a closed meeting whose minutes hold a decision, a postponed decision and an
 * overdue action, and the next meeting convened, so that the backlog, the register and the verbale have content.
 * Returns the closed meeting's id and its minutes, which the caller projects once the transaction commits.
 */
export async function seedDemoMeetings(tx: EntityManager, refs: DemoMeetingRefs, userId: string | null): Promise<{ meetingId: string; ydoc: Y.Doc }> {
  const meetings = tx.getRepository(MeetingEntity);
  const past = await meetings.save(
    meetings.create({
      spaceId: refs.spaceId,
      number: 1,
      year: at(-21, 16).getUTCFullYear(),
      title: 'Avvio del tavolo e criteri per i buoni spesa',
      kind: 'thematic_table',
      status: 'closed',
      startsAt: at(-21, 16),
      endsAt: at(-21, 18),
      place: 'Sala Zanoni, via del Vecchio Passeggio 1, Cremona',
      onlineUrl: null,
      convocationNote: null,
      chairPersonId: refs.facilitator.personId,
      minuteTakerPersonId: refs.facilitator.personId,
      calendarSequence: 1,
      convenedAt: at(-35, 9),
      startedAt: at(-21, 16),
      closedAt: at(-21, 18),
      createdBy: userId,
    }),
  );
  const items = tx.getRepository(AgendaItemEntity);
  const pastItems = await items.save([
    items.create({
      meetingId: past.id,
      position: 1,
      title: 'Mappa degli empori solidali e dei punti di distribuzione',
      kind: 'information',
      plannedMinutes: 30,
      status: 'discussed',
      spentSeconds: 1980,
      presenterPersonId: refs.caritas.personId,
      presenterOrganisationId: refs.caritas.organisationId,
    }),
    items.create({
      meetingId: past.id,
      position: 2,
      title: 'Criteri per il nuovo avviso dei buoni spesa',
      kind: 'decision',
      plannedMinutes: 60,
      status: 'discussed',
      spentSeconds: 3900,
    }),
    items.create({
      meetingId: past.id,
      position: 3,
      title: 'Recupero delle eccedenze dalla grande distribuzione',
      kind: 'discussion',
      plannedMinutes: 20,
      status: 'not_discussed',
    }),
  ]);
  const attendees = tx.getRepository(MeetingAttendeeEntity);
  for (const [i, m] of [refs.facilitator, ...refs.members].entries()) {
    await attendees.insert({
      meetingId: past.id,
      personId: m.personId,
      organisationId: m.organisationId,
      status: i === 2 ? 'excused' : 'present',
      arrivedAt: i === 2 ? null : at(-21, 16),
      rsvp: i === 2 ? 'not_attending' : 'attending',
    });
  }
  for (const [transition, fromStatus, toStatus, when] of [
    ['convene', 'draft', 'convened', -35],
    ['start', 'convened', 'in_progress', -21],
    ['close', 'in_progress', 'closed', -21],
  ] as const) {
    await tx
      .getRepository(MeetingTransitionEntity)
      .insert({ meetingId: past.id, transition, fromStatus, toStatus, userId, userName: 'Marco Bianchi', reason: null, at: at(when, 16) });
  }

  const ydoc = new Y.Doc();
  addMissingSections(ydoc, pastItems);
  const sections = ydoc.getXmlFragment(BODY_FIELD).toArray() as Y.XmlElement[];
  paragraph(sections[0], 'La Caritas presenta la mappa dei sei empori solidali e dei dodici punti di distribuzione del distretto.');
  paragraph(sections[1], 'Il tavolo discute la soglia ISEE e la durata dei buoni; si concorda di dare priorità ai nuclei con minori.');
  block(
    sections[1],
    MINUTES_NODES.decision,
    {
      [DECISION_ATTRS.blockId]: 'demo-dec-criteri',
      [DECISION_ATTRS.outcome]: 'approved',
      [DECISION_ATTRS.votingMethod]: 'votes',
      [DECISION_ATTRS.votesFor]: '3',
      [DECISION_ATTRS.votesAgainst]: '0',
      [DECISION_ATTRS.votesAbstained]: '1',
    },
    'Si propone una soglia ISEE di 9.360 euro e buoni trimestrali.',
  );
  block(
    sections[1],
    MINUTES_NODES.decision,
    { [DECISION_ATTRS.blockId]: 'demo-dec-monogenitori', [DECISION_ATTRS.outcome]: 'postponed', [DECISION_ATTRS.votingMethod]: 'consensus' },
    'Estensione ai nuclei monogenitoriali: rinviata in attesa dei dati ATS.',
  );
  block(
    sections[1],
    MINUTES_NODES.action,
    {
      [ACTION_ATTRS.blockId]: 'demo-act-dati',
      [ACTION_ATTRS.responsibleOrganisationId]: refs.caritas.organisationId,
      [ACTION_ATTRS.responsiblePersonId]: refs.caritas.personId,
      [ACTION_ATTRS.dueDate]: new Date(Date.now() - 5 * DAY).toISOString().slice(0, 10),
    },
    'Raccogliere i dati sugli accessi agli empori dell’ultimo anno.',
  );
  await tx
    .getRepository(CollabDocumentEntity)
    .insert({ id: docIdOf('minutes', past.id), snapshot: Buffer.from(Y.encodeStateAsUpdate(ydoc)), snapshotSeq: 0, lastSeq: 0 });

  const next = await meetings.save(
    meetings.create({
      spaceId: refs.spaceId,
      number: 2,
      year: at(10, 16).getUTCFullYear(),
      title: 'Avviso buoni spesa: testo definitivo',
      kind: 'thematic_table',
      status: 'convened',
      startsAt: at(10, 16),
      endsAt: at(10, 18),
      place: 'Sala Zanoni, via del Vecchio Passeggio 1, Cremona',
      onlineUrl: 'https://meet.comune.cremona.it/tavolo-alimentare',
      convocationNote: 'Si prega di confermare la presenza o di indicare un delegato.',
      chairPersonId: refs.facilitator.personId,
      minuteTakerPersonId: refs.facilitator.personId,
      calendarSequence: 1,
      convenedAt: at(-1, 9),
      createdBy: userId,
    }),
  );
  await items.save([
    items.create({ meetingId: next.id, position: 1, title: 'Approvazione del verbale della seduta precedente', kind: 'decision', plannedMinutes: 10 }),
    items.create({
      meetingId: next.id,
      position: 2,
      title: 'Testo definitivo dell’avviso dei buoni spesa',
      kind: 'decision',
      plannedMinutes: 60,
      presenterPersonId: refs.facilitator.personId,
      presenterOrganisationId: refs.facilitator.organisationId,
    }),
  ]);
  for (const m of [refs.facilitator, ...refs.members]) await attendees.insert({ meetingId: next.id, personId: m.personId, organisationId: m.organisationId });
  await tx.getRepository(MeetingTransitionEntity).insert({
    meetingId: next.id,
    transition: 'convene',
    fromStatus: 'draft',
    toStatus: 'convened',
    userId,
    userName: 'Marco Bianchi',
    reason: null,
    at: at(-1, 9),
  });
  return { meetingId: past.id, ydoc };
}

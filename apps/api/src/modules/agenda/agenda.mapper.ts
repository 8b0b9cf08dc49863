import type { AgendaItem, RsvpAgendaItem } from '@cantiere/domain';
import type { AgendaItemEntity } from './agenda-item.entity';

export function toAgendaItem(e: AgendaItemEntity, documentTitles: Map<string, string>): AgendaItem {
  return {
    id: e.id,
    meetingId: e.meetingId,
    position: e.position,
    title: e.title,
    description: e.description,
    kind: e.kind,
    plannedMinutes: e.plannedMinutes,
    presenterPersonId: e.presenterPersonId,
    presenterName: e.presenter ? `${e.presenter.firstName} ${e.presenter.lastName}` : null,
    presenterOrganisationId: e.presenterOrganisationId,
    presenterOrganisationName: e.presenterOrganisation?.name ?? null,
    documents: e.documentIds.filter((id) => documentTitles.has(id)).map((id) => ({ id, title: documentTitles.get(id)! })),
    status: e.status,
    outcome: e.outcome,
    spentSeconds: e.spentSeconds,
    sourceType: e.sourceType,
    sourceId: e.sourceId,
  };
}

/** The web's page of a shared document; it checks access itself, so a link never opens more than the account may see. */
export const documentPath = (documentId: string) => `/documenti/${documentId}`;

/** The agenda for a personal RSVP link: titles only, and links only for someone with an account to log in with. */
export function toRsvpAgenda(items: AgendaItem[], withLinks: boolean): RsvpAgendaItem[] {
  return items.map((i) => ({
    position: i.position,
    title: i.title,
    description: i.description,
    kind: i.kind,
    plannedMinutes: i.plannedMinutes,
    presenterName: i.presenterName,
    presenterOrganisationName: i.presenterOrganisationName,
    documents: i.documents.map((d) => ({ title: d.title, path: withLinks ? documentPath(d.id) : null })),
  }));
}

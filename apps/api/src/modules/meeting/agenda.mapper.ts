import type { AgendaItem } from '@cantiere/domain';
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
    spentSeconds: e.spentSeconds,
    sourceType: e.sourceType,
    sourceId: e.sourceId,
  };
}

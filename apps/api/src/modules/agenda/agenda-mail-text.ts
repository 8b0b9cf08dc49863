import type { AgendaItem } from '@cantiere/domain';
import { documentPath } from './agenda.mapper';

/**
 * The ordine del giorno as plain text for mails: one line per item, then one indented line per linked document
 * with its address (the page asks for a login and checks access, so the mail only carries titles).
 */
export function agendaMailText(agenda: AgendaItem[], publicUrl: string): string {
  return agenda
    .map((i) => {
      const presenter = i.presenterName ? ` (${i.presenterName}${i.presenterOrganisationName ? `, ${i.presenterOrganisationName}` : ''})` : '';
      const documents = i.documents.map((d) => `\n   Documento: ${d.title} – ${publicUrl}${documentPath(d.id)}`).join('');
      return `${i.position}. ${i.title}${presenter} – ${i.plannedMinutes} min${documents}`;
    })
    .join('\n');
}

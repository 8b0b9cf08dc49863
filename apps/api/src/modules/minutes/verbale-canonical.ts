import type { Verbale } from '@cantiere/domain';
import { MEETING_KIND_LABELS, OUTCOME_LABELS, attendanceLabel, formatLongDate, formatShortDate, formatTime, votingLabel } from './verbale-text';

/**
 * The text that approval freezes and hashes: everything the verbale records, and nothing that keeps moving
 * afterwards (the approval itself, the status of actions, the time of the export). The same text is served at
 * `minutes.txt`, so that anyone can recompute the SHA-256 printed on the verbale.
 */
export function verbaleText(v: Verbale): string {
  const m = v.meeting;
  const lines: string[] = [
    v.body,
    v.spaceName,
    `Verbale n. ${m.number}/${m.year} – ${m.title}`,
    MEETING_KIND_LABELS[m.kind] ?? m.kind,
    `Data: ${formatLongDate(m.scheduledStart)}`,
    `Orario: ${formatTime(m.actualStart ?? m.scheduledStart)} – ${formatTime(m.actualEnd ?? m.scheduledEnd)}`,
    `Luogo: ${m.place ?? '-'}`,
    `Collegamento: ${m.onlineUrl ?? '-'}`,
    `Convocazione: ${m.convocation}`,
    `Presidente: ${m.chair ?? '-'}`,
    `Segretario verbalizzante: ${m.minuteTaker ?? '-'}`,
    '',
    'Presenze',
  ];
  for (const org of v.attendance) {
    for (const r of org.representatives)
      lines.push(
        `${org.organisation} – ${r.name}: ${attendanceLabel(r)}${r.arrivedAt ? `, entrata ${r.arrivedAt}` : ''}${r.leftAt ? `, uscita ${r.leftAt}` : ''}`,
      );
  }
  if (v.quorum.rule) lines.push(`Quorum: richiesto ${v.quorum.required}, presenti ${v.quorum.organisationsPresent} su ${v.quorum.organisationsTotal}`);
  lines.push('', 'Ordine del giorno');
  for (const item of v.agenda) lines.push(`${item.position}. ${item.title}`);
  const outcomes = (decisions: Verbale['otherDecisions'], actions: Verbale['otherActions']) => {
    for (const d of decisions) lines.push(`Decisione: ${d.text} – ${d.outcome ? OUTCOME_LABELS[d.outcome] : 'esito non indicato'} (${votingLabel(d)})`);
    for (const a of actions)
      lines.push(
        `Azione: ${a.what} – ${[a.responsibleOrganisation, a.responsiblePerson].filter(Boolean).join(', ') || 'responsabile non indicato'} – entro ${a.dueDate ? formatShortDate(a.dueDate) : '-'}`,
      );
  };
  for (const item of v.agenda) {
    lines.push('', `${item.position}. ${item.title}`, item.discussion);
    outcomes(item.decisions, item.actions);
  }
  const nothingElse = !v.otherBusiness && v.otherDecisions.length === 0 && v.otherActions.length === 0;
  lines.push('', 'Varie ed eventuali', nothingElse ? 'Nessuna.' : v.otherBusiness);
  outcomes(v.otherDecisions, v.otherActions);
  return lines.join('\n').replace(/[ \t]+$/gm, '') + '\n';
}

import type { Verbale } from '@cantiere/domain';

/**
 * The Italian wording of a verbale, shared by the DOCX and PDF renderers. The whole document is described
 * once as a list of neutral blocks so that the two formats cannot drift apart in content or order; each
 * renderer only decides how a block looks.
 */

export type VerbaleBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; widths: number[]; rows: string[][] }
  | { kind: 'signatures'; entries: { role: string; name: string }[] };

const TIME_ZONE = 'Europe/Rome';
const longDate = new Intl.DateTimeFormat('it-IT', { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('it-IT', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const clock = new Intl.DateTimeFormat('it-IT', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

// Intl throws a RangeError on an invalid Date: a malformed value is shown as written rather than failing the export.
function formatWith(format: Intl.DateTimeFormat, iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export const formatLongDate = (iso: string | null | undefined): string => formatWith(longDate, iso);

/** dd/mm/yyyy; a bare calendar date is taken literally, since reading it as UTC midnight could shift the day. */
export function formatShortDate(value: string | null | undefined): string {
  const plain = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return plain ? `${plain[3]}/${plain[2]}/${plain[1]}` : formatWith(shortDate, value);
}

/** HH:MM in Rome time; attendance times may already be a wall-clock "HH:MM" typed by the secretary. */
export function formatTime(value: string | null | undefined): string {
  const plain = value ? /^(\d{2}):(\d{2})(:\d{2})?$/.exec(value) : null;
  return plain ? `${plain[1]}:${plain[2]}` : formatWith(clock, value);
}

const label = (labels: Record<string, string>, key: string | null | undefined, fallback: string): string => (key && labels[key]) || key || fallback;

export const MEETING_KIND_LABELS: Record<string, string> = {
  plenary: 'Seduta plenaria',
  thematic_table: 'Tavolo tematico',
  technical_coordination: 'Coordinamento tecnico',
};
export const OUTCOME_LABELS: Record<string, string> = { approved: 'approvata', rejected: 'respinta', postponed: 'rinviata' };
export const ACTION_STATUS_LABELS: Record<string, string> = { open: 'aperta', in_progress: 'in corso', done: 'completata', cancelled: 'annullata' };
export const AGENDA_STATUS_LABELS: Record<string, string> = {
  pending: 'da trattare',
  discussed: 'trattato',
  not_discussed: 'non trattato',
  postponed: 'rinviato',
};
export const APPROVAL_STATUS_LABELS: Record<string, string> = { draft: 'Bozza', in_review: 'In revisione', approved: 'Approvato' };

type Representative = Verbale['attendance'][number]['representatives'][number];
type Decision = Verbale['agenda'][number]['decisions'][number];

export function attendanceLabel(r: Pick<Representative, 'status' | 'delegatedTo'>): string {
  switch (r.status) {
    case 'present':
      return 'presente';
    case 'absent':
      return 'assente';
    case 'excused':
      return 'assente giustificato';
    case 'delegated':
      return r.delegatedTo ? `delegato a ${r.delegatedTo}` : 'delegato';
    case null:
      return 'non rilevato';
    default:
      return r.status;
  }
}

export function votingLabel(d: Decision): string {
  switch (d.votingMethod) {
    case 'votes':
      return voteCountLabel(d);
    case 'unanimous':
      return "all'unanimità";
    case 'consensus':
      return 'per consenso';
    default:
      return d.votingMethod;
  }
}

/**
 * The result of a vote in the words of a verbale, from the counts alone: nobody opposed and nobody abstained is
 * unanimity; nobody opposed with abstentions is unanimity of those who voted; anything else is a majority with its
 * counts. "Opposed" is the losing side: against for a motion carried, in favour for one rejected.
 */
function voteCountLabel(d: Pick<Decision, 'outcome' | 'votesFor' | 'votesAgainst' | 'votesAbstained'>): string {
  const { votesFor, votesAgainst, votesAbstained } = d;
  // An unrecorded count is not a zero, and with no vote cast on either side there is no unanimity to speak of.
  if (votesFor === null || votesAgainst === null || votesAbstained === null || votesFor + votesAgainst === 0) {
    return `con votazione (favorevoli ${votesFor ?? 'n.d.'}, contrari ${votesAgainst ?? 'n.d.'}, astenuti ${votesAbstained ?? 'n.d.'})`;
  }
  const opposed = d.outcome === 'rejected' ? votesFor : votesAgainst;
  if (opposed === 0 && votesAbstained === 0) return "all'unanimità";
  if (opposed === 0) return `all'unanimità dei votanti (astenuti ${votesAbstained})`;
  return `a maggioranza (favorevoli ${votesFor}, contrari ${votesAgainst}, astenuti ${votesAbstained})`;
}

export function decisionLine(d: Decision): string {
  const outcome = d.outcome ? `Esito: ${label(OUTCOME_LABELS, d.outcome, '')}, ${votingLabel(d)}.` : `Esito non registrato, ${votingLabel(d)}.`;
  return `${d.text.trim()} – ${outcome}`;
}

export function quorumLine(q: Verbale['quorum']): string | null {
  if (q.rule === null) return null;
  const required = q.required === null ? 'n.d.' : `${q.required} ${q.required === 1 ? 'organizzazione' : 'organizzazioni'}`;
  const outcome = q.reached === null ? 'non determinato' : q.reached ? 'raggiunto' : 'non raggiunto';
  return `Quorum: richiesto ${required}, presenti ${q.organisationsPresent} – ${outcome}`;
}

/** Paragraphs as the secretary typed them: any line break starts a new paragraph, blank lines collapse. */
export const paragraphsOf = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

function timeRange(start: string | null, end: string | null): string | null {
  if (!start && !end) return null;
  return `${formatTime(start) || '--:--'} – ${formatTime(end) || '--:--'}`;
}

function actionTable(actions: Verbale['otherActions']): VerbaleBlock {
  const rows = actions.map((a) => [
    a.what,
    [a.responsibleOrganisation, a.responsiblePerson].filter(Boolean).join(' – ') || 'non indicato',
    formatShortDate(a.dueDate) || 'nessuna',
    label(ACTION_STATUS_LABELS, a.status, ''),
  ]);
  return { kind: 'table', header: ['Azione', 'Responsabile', 'Scadenza', 'Stato'], widths: [42, 32, 13, 13], rows };
}

export function verbaleFileTitle(v: Verbale): string {
  return `Verbale n. ${v.meeting.number}/${v.meeting.year}`;
}

export function verbaleBlocks(v: Verbale): VerbaleBlock[] {
  const m = v.meeting;
  const blocks: VerbaleBlock[] = [{ kind: 'title', lines: [v.body, v.spaceName].filter((l) => l.trim() !== '') }];
  const para = (text: string, extra: { bold?: boolean; italic?: boolean } = {}) => blocks.push({ kind: 'paragraph', text, ...extra });

  blocks.push({ kind: 'heading', level: 1, text: `${verbaleFileTitle(v)} – ${m.title}` });
  para(label(MEETING_KIND_LABELS, m.kind, ''), { bold: true });
  para(`Data: ${formatLongDate(m.scheduledStart)}`);
  para(`Orario previsto: ${timeRange(m.scheduledStart, m.scheduledEnd)}`);
  para(`Orario effettivo: ${timeRange(m.actualStart, m.actualEnd) ?? 'non rilevato'}`);
  if (m.place) para(`Luogo: ${m.place}`);
  if (m.onlineUrl) para(`Collegamento online: ${m.onlineUrl}`);
  if (!m.place && !m.onlineUrl) para('Luogo: non indicato');
  para(`Convocazione: ${m.convocation.trim() || 'non indicata'}`);
  para(`Presidente: ${m.chair ?? 'non indicato'}`);
  para(`Segretario verbalizzante: ${m.minuteTaker ?? 'non indicato'}`);

  blocks.push({ kind: 'heading', level: 2, text: 'Presenze' });
  if (v.attendance.length === 0) para('Nessuna presenza registrata.');
  for (const org of v.attendance) {
    para(org.organisation, { bold: true });
    if (org.representatives.length === 0) {
      para('Nessun rappresentante registrato.', { italic: true });
      continue;
    }
    const rows = org.representatives.map((r) => [r.name, attendanceLabel(r), formatTime(r.arrivedAt) || '–', formatTime(r.leftAt) || '–']);
    blocks.push({ kind: 'table', header: ['Rappresentante', 'Presenza', 'Entrata', 'Uscita'], widths: [40, 36, 12, 12], rows });
  }
  const quorum = quorumLine(v.quorum);
  if (quorum) para(quorum, { bold: true });

  const agenda = [...v.agenda].sort((a, b) => a.position - b.position);
  blocks.push({ kind: 'heading', level: 2, text: 'Ordine del giorno' });
  if (agenda.length === 0) para("Nessun punto all'ordine del giorno.");
  else blocks.push({ kind: 'list', items: agenda.map((item, i) => `${i + 1}. ${item.title}`) });

  agenda.forEach((item, i) => {
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${item.title}` });
    const presenter = item.presenter ? `Relatore: ${item.presenter}. ` : '';
    para(`${presenter}Stato: ${label(AGENDA_STATUS_LABELS, item.status, 'non indicato')}.`, { italic: true });
    const discussion = paragraphsOf(item.discussion);
    if (discussion.length === 0) para('Nessuna discussione registrata.');
    discussion.forEach((p) => para(p));

    para('Decisioni', { bold: true });
    if (item.decisions.length === 0) para('Nessuna decisione registrata.');
    else blocks.push({ kind: 'list', items: item.decisions.map(decisionLine) });

    para('Azioni', { bold: true });
    if (item.actions.length === 0) para('Nessuna azione registrata.');
    else blocks.push(actionTable(item.actions));
  });

  // Varie ed eventuali prints its decisions and actions with every field, as an item does; only the empty
  // headings are left out, since most meetings have no other business.
  blocks.push({ kind: 'heading', level: 2, text: 'Varie ed eventuali' });
  const other = paragraphsOf(v.otherBusiness);
  if (other.length === 0 && v.otherDecisions.length === 0 && v.otherActions.length === 0) para('Nessuna.');
  other.forEach((p) => para(p));
  if (v.otherDecisions.length) {
    para('Decisioni', { bold: true });
    blocks.push({ kind: 'list', items: v.otherDecisions.map(decisionLine) });
  }
  if (v.otherActions.length) {
    para('Azioni', { bold: true });
    blocks.push(actionTable(v.otherActions));
  }

  const end = formatTime(m.actualEnd ?? m.scheduledEnd);
  para(end ? `La seduta si chiude alle ore ${end}.` : 'La seduta si chiude.');
  blocks.push({
    kind: 'signatures',
    entries: [
      { role: 'Il Presidente', name: m.chair ?? '' },
      { role: 'Il Segretario verbalizzante', name: m.minuteTaker ?? '' },
    ],
  });

  const a = v.approval;
  para(`Stato del verbale: ${label(APPROVAL_STATUS_LABELS, a.status, 'non indicato')}`, { bold: true });
  if (a.status === 'approved' && a.approvedAt)
    para(`Approvato il ${formatShortDate(a.approvedAt)}${a.approvedAtMeeting ? ` nella seduta ${a.approvedAtMeeting}` : ''}.`);
  if (a.sha256) para(`Impronta SHA-256: ${a.sha256}`);
  if (a.status === 'approved' && a.sealed)
    para("L'impronta è calcolata sul verbale approvato in forma di dati (JSON canonico RFC 8785, minutes.json), da cui questo documento è generato.", {
      italic: true,
    });
  if (a.status === 'approved' && !a.sealed) {
    para(
      "Verbale approvato prima della conservazione del documento sigillato: questa copia è ricostruita dai dati attuali e può differire da quanto approvato. Fa fede il testo approvato (minutes.txt), al quale si riferisce l'impronta.",
      { bold: true },
    );
  }
  if (v.generatedAt) para(`Documento generato il ${formatShortDate(v.generatedAt)} alle ore ${formatTime(v.generatedAt)}.`, { italic: true });
  return blocks;
}

import {
  exportActions,
  formatDateIt,
  formatEuro,
  formatNumber,
  formatPercent,
  INDICATOR_STATE_IT,
  PARTNER_ROLE_IT,
  PLAN_STATUS_IT,
  type ExportAction,
  type ExportIndicator,
  type ExportObjective,
  type PlanExportModel,
} from '@cantiere/domain';
import type { PlanDocBlock } from './plan-docx-blocks';

/*
 * The poverty section of the Piano di Zona, as blocks: cover, introduction, one sheet per objective (as the regional
 * guidelines' objective sheet), the budget summary by funding source and the charts. Every figure is printed from the
 * export model as it is, formatted only (euros it-IT, dates dd/mm/yyyy).
 */

const yesNo = (v: boolean) => (v ? 'Sì' : 'No');
const orDash = (v: string) => (v.trim() === '' ? '–' : v);

/** "Assemblea dei Sindaci n. 12 del 15/12/2024", or null when no act is recorded. */
export function adoptingActText(model: PlanExportModel): string | null {
  const act = model.plan.adoptingAct;
  if (!act.body && !act.number && !act.date) return act.decisionId ? 'Decisione registrata nel verbale di seduta' : null;
  return [act.body, act.number ? `n. ${act.number}` : null, act.date ? `del ${formatDateIt(act.date)}` : null].filter(Boolean).join(' ');
}

/** Where the figures come from, so that a reader of a printed copy can tell a sealed plan from a draft. */
function sourceText(model: PlanExportModel): string {
  if (model.adoptedRecord) return `dall’atto di adozione registrato (versione ${model.adoptedRecord.version}, impronta SHA-256 ${model.adoptedRecord.sha256}).`;
  if (model.revisionDraft) return 'dalla bozza di revisione: il piano adottato resta in vigore fino all’adozione della revisione.';
  return 'dai dati del piano.';
}

export const periodText = (model: PlanExportModel) => `${model.plan.startYear}–${model.plan.endYear}`;

export const actionPeriod = (a: ExportAction) => (a.startDate || a.endDate ? `${formatDateIt(a.startDate)} – ${formatDateIt(a.endDate)}` : '–');

const measure = (value: number | null | undefined, unit: string) =>
  value === null || value === undefined ? '–' : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;

/** One indicator's row: name, unit, baseline, target, latest value (with its date), state. */
export function indicatorRow(i: ExportIndicator, of: ExportAction | null): string[] {
  return [
    of ? `${i.name} (azione: ${of.title})` : i.name,
    orDash(i.unit),
    measure(i.baseline?.value, ''),
    measure(i.target?.value, ''),
    i.latest ? `${formatNumber(i.latest.value)} (${formatDateIt(i.latest.date)})` : '–',
    i.state ? INDICATOR_STATE_IT[i.state] : '–',
  ];
}

function objectiveSheet(o: ExportObjective): PlanDocBlock[] {
  const blocks: PlanDocBlock[] = [
    { kind: 'heading', level: 2, text: `${o.code} – ${o.title}` },
    {
      kind: 'fields',
      rows: [
        ['Codice', o.code],
        ['Obiettivo', o.title],
        ['Descrizione', orDash(o.description)],
        ['Macro-area', o.macroArea?.label ?? '–'],
        ['Destinatari', orDash(o.targetGroup)],
        ['Impatto atteso', orDash(o.expectedImpact)],
        ['LEPS', o.leps?.label ?? '–'],
        ['Coprogettato con il terzo settore', yesNo(o.coDesigned)],
        ['Trasversale ad altre aree', yesNo(o.crossArea)],
        ['Personale previsto', orDash(o.plannedStaff)],
        ['Avanzamento', formatPercent(o.progress)],
      ],
    },
    { kind: 'heading', level: 3, text: 'Risorse previste per fonte di finanziamento' },
  ];
  blocks.push(
    o.budget.length
      ? {
          kind: 'table',
          header: ['Fonte di finanziamento', 'Previsto'],
          rows: o.budget.map((b) => [b.label, formatEuro(b.plannedCents)]),
          widths: [70, 30],
          totalRow: ['Totale', formatEuro(o.plannedTotalCents)],
        }
      : { kind: 'paragraph', text: 'Nessuna risorsa prevista.', italic: true },
  );
  blocks.push({ kind: 'heading', level: 3, text: 'Azioni' });
  blocks.push(
    o.actions.length
      ? {
          kind: 'table',
          header: ['Azione', 'Capofila', 'Partner', 'Periodo', 'Budget previsto'],
          rows: o.actions.map((a) => [
            a.title,
            a.lead?.name ?? '–',
            a.partners.length ? a.partners.map((p) => `${p.name} (${PARTNER_ROLE_IT[p.role]})`).join('\n') : '–',
            actionPeriod(a),
            formatEuro(a.plannedTotalCents),
          ]),
          widths: [28, 20, 24, 14, 14],
          totalRow: ['Totale azioni', '', '', '', formatEuro(o.actions.reduce((sum, a) => sum + a.plannedTotalCents, 0))],
        }
      : { kind: 'paragraph', text: 'Nessuna azione.', italic: true },
  );
  const indicators = [...o.indicators.map((i) => indicatorRow(i, null)), ...o.actions.flatMap((a) => a.indicators.map((i) => indicatorRow(i, a)))];
  blocks.push({ kind: 'heading', level: 3, text: 'Indicatori' });
  blocks.push(
    indicators.length
      ? {
          kind: 'table',
          header: ['Indicatore', 'Unità', 'Valore di partenza', 'Obiettivo', 'Ultimo valore', 'Stato'],
          rows: indicators,
          widths: [30, 12, 14, 12, 18, 14],
        }
      : { kind: 'paragraph', text: 'Nessun indicatore.', italic: true },
  );
  return blocks;
}

/** Planned (objectives and actions) and spent (actions) money by funding source, in the managed list's order. */
export function fundingSummary(model: PlanExportModel) {
  const lines = model.fundingSources.map((f) => ({ ...f, objectivesPlanned: 0, actionsPlanned: 0, actionsSpent: 0 }));
  const line = (code: string) => lines.find((l) => l.code === code)!;
  for (const o of model.objectives) for (const b of o.budget) line(b.fundingSource).objectivesPlanned += b.plannedCents;
  for (const { action } of exportActions(model))
    for (const b of action.budget) {
      line(b.fundingSource).actionsPlanned += b.plannedCents;
      line(b.fundingSource).actionsSpent += b.spentCents;
    }
  const total = (key: 'objectivesPlanned' | 'actionsPlanned' | 'actionsSpent') => lines.reduce((sum, l) => sum + l[key], 0);
  return { lines, totals: { objectivesPlanned: total('objectivesPlanned'), actionsPlanned: total('actionsPlanned'), actionsSpent: total('actionsSpent') } };
}

export interface ChartImage {
  title: string;
  /** What the chart counts and how (the same rule the web states beside its chart). */
  description: string;
  png: Buffer;
  width: number;
  height: number;
  alt: string;
  table: { header: string[]; rows: string[][] };
}

export function chartBlocks(charts: ChartImage[]): PlanDocBlock[] {
  return charts.flatMap((c): PlanDocBlock[] => [
    { kind: 'heading', level: 3, text: c.title },
    { kind: 'image', png: c.png, width: c.width, height: c.height, alt: c.alt, title: c.title },
    { kind: 'paragraph', text: c.description, italic: true },
    { kind: 'paragraph', text: `Tabella dei dati del grafico «${c.title}»`, italic: true },
    { kind: 'table', header: c.table.header, rows: c.table.rows, widths: c.table.header.map(() => 100 / c.table.header.length) },
  ]);
}

export function planSectionBlocks(model: PlanExportModel, charts: ChartImage[]): PlanDocBlock[] {
  const act = adoptingActText(model);
  const blocks: PlanDocBlock[] = [
    {
      kind: 'title',
      lines: [
        ...(model.revisionDraft ? ['Bozza di revisione'] : []),
        model.plan.title,
        'Piano di Zona – Sezione povertà e inclusione sociale',
        `Periodo ${periodText(model)}`,
      ],
    },
    { kind: 'paragraph', text: `Stato del piano: ${PLAN_STATUS_IT[model.plan.status]}` },
    { kind: 'paragraph', text: act ? `Atto di adozione: ${act}` : 'Atto di adozione: non ancora adottato' },
    { kind: 'paragraph', text: `Spazio di coprogettazione: ${model.plan.spaceName}` },
    {
      kind: 'paragraph',
      text: `Documento generato il ${formatDateIt(model.generatedAt)} ${sourceText(model)}`,
      italic: true,
    },
    { kind: 'pageBreak' },
  ];
  if (model.plan.description) blocks.push({ kind: 'heading', level: 1, text: 'Introduzione' }, { kind: 'paragraph', text: model.plan.description });
  blocks.push({ kind: 'heading', level: 1, text: 'Obiettivi e azioni' });
  if (!model.objectives.length) blocks.push({ kind: 'paragraph', text: 'Il piano non ha ancora obiettivi.', italic: true });
  for (const o of model.objectives) blocks.push(...objectiveSheet(o));
  const summary = fundingSummary(model);
  blocks.push({ kind: 'heading', level: 1, text: 'Riepilogo delle risorse per fonte di finanziamento' });
  blocks.push({
    kind: 'table',
    header: ['Fonte di finanziamento', 'Previsto negli obiettivi', 'Previsto nelle azioni', 'Speso nelle azioni'],
    rows: summary.lines.map((l) => [l.label, formatEuro(l.objectivesPlanned), formatEuro(l.actionsPlanned), formatEuro(l.actionsSpent)]),
    widths: [40, 20, 20, 20],
    totalRow: ['Totale', formatEuro(summary.totals.objectivesPlanned), formatEuro(summary.totals.actionsPlanned), formatEuro(summary.totals.actionsSpent)],
  });
  blocks.push({ kind: 'heading', level: 1, text: 'Grafici' }, ...chartBlocks(charts));
  return blocks;
}

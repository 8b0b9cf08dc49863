import { ACTION_STATUS_IT, formatDateIt, formatEuro, formatPercent, type PlanExportModel } from '@cantiere/domain';
import type { PlanDocBlock } from './plan-docx-blocks';
import { chartBlocks, fundingSummary, indicatorRow, periodText, type ChartImage } from './plan-section-blocks';

/*
 * The annual monitoring report, as blocks: progress by objective and by action, money spent against planned by funding
 * source, indicators against their targets. Indicator values are the last observed on or before 31 December of the
 * year (the model's `asOf`); progress and money are the values the plan holds when the report is generated, since the
 * rows keep no history of them yet: the report says so in its opening note.
 */

const share = (part: number, whole: number) => (whole > 0 ? formatPercent((part / whole) * 100) : '–');

export function monitoringReportBlocks(model: PlanExportModel, year: number, charts: ChartImage[]): PlanDocBlock[] {
  const blocks: PlanDocBlock[] = [
    { kind: 'title', lines: [`Rapporto di monitoraggio ${year}`, model.plan.title, `Periodo del piano ${periodText(model)}`] },
    { kind: 'paragraph', text: `Avanzamento complessivo del piano: ${formatPercent(model.plan.progress)}`, bold: true },
    {
      kind: 'paragraph',
      text:
        `Indicatori: ultimo valore rilevato entro il ${formatDateIt(model.asOf)}. ` +
        `Avanzamento e spese: valori registrati alla data di generazione del rapporto (${formatDateIt(model.generatedAt)}).`,
      italic: true,
    },
    {
      kind: 'paragraph',
      text: 'L’avanzamento è la media ponderata dell’avanzamento delle azioni non annullate (somma di peso × avanzamento, divisa per la somma dei pesi).',
      italic: true,
    },
    { kind: 'heading', level: 1, text: 'Avanzamento per obiettivo' },
    {
      kind: 'table',
      header: ['Codice', 'Obiettivo', 'Azioni', 'Avanzamento'],
      rows: model.objectives.map((o) => [o.code, o.title, String(o.actions.length), formatPercent(o.progress)]),
      widths: [12, 58, 12, 18],
    },
    { kind: 'heading', level: 1, text: 'Avanzamento per azione' },
  ];
  const actionRows = model.objectives.flatMap((o) =>
    o.actions.map((a) => [
      o.code,
      a.title,
      a.lead?.name ?? '–',
      ACTION_STATUS_IT[a.status],
      `${a.progress}%`,
      `${a.milestones.filter((m) => m.done).length} su ${a.milestones.length}`,
    ]),
  );
  blocks.push(
    actionRows.length
      ? {
          kind: 'table',
          header: ['Obiettivo', 'Azione', 'Capofila', 'Stato', 'Avanzamento', 'Traguardi raggiunti'],
          rows: actionRows,
          widths: [10, 32, 20, 14, 12, 12],
        }
      : { kind: 'paragraph', text: 'Nessuna azione.', italic: true },
  );
  const summary = fundingSummary(model);
  blocks.push({ kind: 'heading', level: 1, text: 'Spesa rispetto al previsto per fonte di finanziamento' });
  blocks.push({
    kind: 'table',
    header: ['Fonte di finanziamento', 'Previsto', 'Speso', 'Quota spesa'],
    rows: summary.lines.map((l) => [l.label, formatEuro(l.actionsPlanned), formatEuro(l.actionsSpent), share(l.actionsSpent, l.actionsPlanned)]),
    widths: [46, 20, 20, 14],
    totalRow: [
      'Totale',
      formatEuro(summary.totals.actionsPlanned),
      formatEuro(summary.totals.actionsSpent),
      share(summary.totals.actionsSpent, summary.totals.actionsPlanned),
    ],
  });
  const indicatorRows = model.objectives.flatMap((o) => [
    ...o.indicators.map((i) => [o.code, ...indicatorRow(i, null)]),
    ...o.actions.flatMap((a) => a.indicators.map((i) => [o.code, ...indicatorRow(i, a)])),
  ]);
  blocks.push({ kind: 'heading', level: 1, text: 'Indicatori rispetto agli obiettivi' });
  blocks.push(
    indicatorRows.length
      ? {
          kind: 'table',
          header: ['Obiettivo', 'Indicatore', 'Unità', 'Valore di partenza', 'Obiettivo atteso', `Valore al ${formatDateIt(model.asOf)}`, 'Stato'],
          rows: indicatorRows,
          widths: [10, 26, 10, 13, 13, 16, 12],
        }
      : { kind: 'paragraph', text: 'Nessun indicatore.', italic: true },
  );
  blocks.push({ kind: 'heading', level: 1, text: 'Grafici' }, ...chartBlocks(charts));
  return blocks;
}

import { ACTION_STATUS_IT, formatDateIt, formatEuro, formatPercent, type PlanExportModel } from '@cantiere/domain';
import type { PlanDocBlock } from './plan-docx-blocks';
import { chartBlocks, fundingSummary, indicatorRow, periodText, type ChartImage } from './plan-section-blocks';

/*
 * The annual monitoring report, as blocks: progress by objective and by action, money spent against planned by funding
 * source, indicators against their targets. Indicator values are the last observed on or before 31 December of the
 * year (the model's `asOf`); status, progress, money and milestones are the monitored values as they stood at
 * `monitoredAt` (the end of the year, rebuilt from the actions' timelines, or the report's generation for a year not
 * over yet); a plan never adopted has no monitoring and shows its draft's figures. The opening note says which.
 */

function valuesNote(model: PlanExportModel, monitoredAt: string | null): string {
  if (!monitoredAt)
    return `Avanzamento e spese: valori della bozza del piano, non ancora adottato, alla data di generazione del rapporto (${formatDateIt(model.generatedAt)}).`;
  return `Stato, avanzamento, spese e traguardi delle azioni: valori del monitoraggio al ${formatDateIt(monitoredAt.slice(0, 10) < model.asOf ? model.generatedAt : model.asOf)}, sul piano adottato.`;
}

const share = (part: number, whole: number) => (whole > 0 ? formatPercent((part / whole) * 100) : '–');

export function monitoringReportBlocks(model: PlanExportModel, year: number, charts: ChartImage[], monitoredAt: string | null): PlanDocBlock[] {
  const blocks: PlanDocBlock[] = [
    { kind: 'title', lines: [`Rapporto di monitoraggio ${year}`, model.plan.title, `Periodo del piano ${periodText(model)}`] },
    { kind: 'paragraph', text: `Avanzamento complessivo del piano: ${formatPercent(model.plan.progress)}`, bold: true },
    {
      kind: 'paragraph',
      text: `Indicatori: ultimo valore rilevato entro il ${formatDateIt(model.asOf)}. ${valuesNote(model, monitoredAt)}`,
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

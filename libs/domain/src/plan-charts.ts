import { exportActions, type PlanExportModel } from './plan-export';
import { formatEuro, formatNumber, formatPercent } from './plan-export-format';

/*
 * The plan's charts as data: each chart is a table (what the accessible table beside a chart shows, and what the
 * DOCX's alt text reads) and an Apache ECharts option built from that table. Pure functions with no ECharts import,
 * so that the server (SVG rendering for the DOCX) and the web client (live charts) draw the same charts.
 */

export interface PlanChartSeries {
  name: string;
  /** One value per category: euro cents for money charts, percentages for progress. */
  values: (number | null)[];
}

export interface PlanChart {
  id: 'budget_by_funding_source' | 'budget_by_organisation' | 'progress_by_objective';
  title: string;
  /** The header of the category column of the accessible table. */
  categoryLabel: string;
  categories: string[];
  series: PlanChartSeries[];
  unit: 'cents' | 'percent';
}

const sumBy = <K>(entries: [K, number][]) => {
  const out = new Map<K, number>();
  for (const [k, v] of entries) out.set(k, (out.get(k) ?? 0) + v);
  return out;
};

/** Planned and spent money of the actions by funding source, in the managed list's order. */
export function budgetByFundingSourceChart(model: PlanExportModel): PlanChart {
  const lines = exportActions(model).flatMap(({ action }) => action.budget);
  const planned = sumBy(lines.map((b) => [b.fundingSource, b.plannedCents]));
  const spent = sumBy(lines.map((b) => [b.fundingSource, b.spentCents]));
  const sources = model.fundingSources.filter((f) => planned.has(f.code));
  return {
    id: 'budget_by_funding_source',
    title: 'Risorse delle azioni per fonte di finanziamento',
    categoryLabel: 'Fonte di finanziamento',
    categories: sources.map((f) => f.label),
    series: [
      { name: 'Previsto', values: sources.map((f) => planned.get(f.code) ?? 0) },
      { name: 'Speso', values: sources.map((f) => spent.get(f.code) ?? 0) },
    ],
    unit: 'cents',
  };
}

/** Planned money of the actions by lead organisation, largest first; actions without a lead under "Senza capofila". */
export function budgetByOrganisationChart(model: PlanExportModel): PlanChart {
  const planned = sumBy(exportActions(model).map(({ action }) => [action.lead?.name ?? 'Senza capofila', action.plannedTotalCents]));
  const rows = [...planned].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'it'));
  return {
    id: 'budget_by_organisation',
    title: 'Risorse previste per organizzazione capofila',
    categoryLabel: 'Organizzazione capofila',
    categories: rows.map(([name]) => name),
    series: [{ name: 'Previsto', values: rows.map(([, cents]) => cents) }],
    unit: 'cents',
  };
}

/** Weighted progress of each objective (null when none of its actions counts). */
export function progressByObjectiveChart(model: PlanExportModel): PlanChart {
  return {
    id: 'progress_by_objective',
    title: 'Avanzamento per obiettivo',
    categoryLabel: 'Obiettivo',
    categories: model.objectives.map((o) => o.code),
    series: [{ name: 'Avanzamento', values: model.objectives.map((o) => o.progress) }],
    unit: 'percent',
  };
}

export const planCharts = (model: PlanExportModel): PlanChart[] => [
  budgetByFundingSourceChart(model),
  budgetByOrganisationChart(model),
  progressByObjectiveChart(model),
];

/** A chart's value as printed in its table and alt text. */
export const formatChartValue = (chart: PlanChart, value: number | null): string => (chart.unit === 'cents' ? formatEuro(value ?? 0) : formatPercent(value));

/** The accessible table of a chart: a header row, then one row per category. */
export function chartTable(chart: PlanChart): { header: string[]; rows: string[][] } {
  return {
    header: [chart.categoryLabel, ...chart.series.map((s) => s.name)],
    rows: chart.categories.map((c, i) => [c, ...chart.series.map((s) => formatChartValue(chart, s.values[i]))]),
  };
}

/** What a screen reader says for the chart's image: its title and every value. */
export function chartAltText(chart: PlanChart): string {
  if (!chart.categories.length) return `${chart.title}: nessun dato.`;
  const parts = chart.categories.map(
    (c, i) => `${c}: ${chart.series.map((s) => `${s.name.toLowerCase()} ${formatChartValue(chart, s.values[i])}`).join(', ')}`,
  );
  return `${chart.title}. ${parts.join('; ')}.`;
}

/** Colours of the Bootstrap Italia palette (primary blue, then its complements), readable on white. */
const PALETTE = ['#0066CC', '#F73E5A', '#008758', '#A66300', '#5C6F82'];

/**
 * The ECharts option of a chart: horizontal bars (long Italian labels read better on the left axis), values printed as
 * in the table (it-IT). Animation is off so that a server-side render is the final picture. The formatters are
 * functions: the option is for ECharts in the same process, not for JSON.
 */
export function chartOption(chart: PlanChart): Record<string, unknown> {
  const money = chart.unit === 'cents';
  // Bars run top to bottom in the table's order: ECharts draws the first category at the bottom.
  const categories = [...chart.categories].reverse();
  // Values stay in the table's unit (cents, percent): the labels print them the Italian way, as the table does.
  const label = (value: number) => formatChartValue(chart, value);
  const axis = (value: number) => (money ? `${formatNumber(Math.round(value / 100))} €` : `${value}%`);
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'Titillium Web, DejaVu Sans, sans-serif', fontSize: 13 },
    title: { text: chart.title, left: 'center', textStyle: { fontSize: 16 } },
    legend: chart.series.length > 1 ? { bottom: 0 } : undefined,
    // Room on the right for the value printed after the longest bar; on the left, for fonts wider than ECharts measures
    // without a canvas (the server's).
    grid: { left: 48, right: money ? 120 : 56, top: 48, bottom: chart.series.length > 1 ? 40 : 16, containLabel: true },
    xAxis: { type: 'value', max: money ? undefined : 100, splitNumber: 4, axisLabel: { formatter: axis } },
    yAxis: { type: 'category', data: categories, axisLabel: { width: 220, overflow: 'truncate' } },
    series: chart.series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: [...s.values].reverse(),
      label: { show: chart.categories.length <= 12, position: 'right', formatter: (p: { value: number | null }) => (p.value === null ? '' : label(p.value)) },
    })),
  };
}

/** A height that gives each category room, within the DOCX page. */
export const chartHeight = (chart: PlanChart): number => Math.min(900, 120 + chart.categories.length * 28 * Math.max(1, chart.series.length));

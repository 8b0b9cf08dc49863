import type { PlanActionStatus } from './plan';
import { exportActions, type PlanExportModel } from './plan-export';
import type { PlanAction } from './plan-records';
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
  /** What the chart counts and how: printed under the chart. */
  description: string;
  /** The header of the category column of the accessible table. */
  categoryLabel: string;
  categories: string[];
  series: PlanChartSeries[];
  unit: 'cents' | 'percent';
}

/** One funding source: what the actions planned and spent from it, in cents. */
export interface FundingRow {
  code: string;
  label: string;
  plannedCents: number;
  spentCents: number;
}

/**
 * The actions' money by funding source, in the managed list's order (the order of `labels`; codes no longer in the list
 * come after, by code), leaving out sources with nothing planned and nothing spent. Every action counts, cancelled
 * ones too: what was planned and spent on them is still in the budget. The screen and the DOCX both chart this.
 */
export function budgetByFundingSource(
  actions: readonly { budget: readonly { fundingSource: string; plannedCents: number; spentCents: number }[] }[],
  labels: ReadonlyMap<string, string>,
): FundingRow[] {
  const sums = new Map<string, FundingRow>();
  for (const a of actions)
    for (const line of a.budget) {
      const row = sums.get(line.fundingSource) ?? {
        code: line.fundingSource,
        label: labels.get(line.fundingSource) ?? line.fundingSource,
        plannedCents: 0,
        spentCents: 0,
      };
      row.plannedCents += line.plannedCents;
      row.spentCents += line.spentCents;
      sums.set(line.fundingSource, row);
    }
  const order = [...labels.keys()];
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...sums.values()].filter((r) => r.plannedCents > 0 || r.spentCents > 0).sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
}

/** What the organisation chart reads of an action (an export action as it is; a REST action through `organisationBudgetAction`). */
export interface OrganisationBudgetAction {
  status: PlanActionStatus;
  plannedTotalCents: number;
  lead: { id: string; name: string } | null;
  partners: readonly { id: string; name: string; budgetShareCents: number | null }[];
}

/** A REST action (`PlanAction`) in the shape the organisation chart reads. */
export const organisationBudgetAction = (
  a: Pick<PlanAction, 'status' | 'plannedTotalCents' | 'leadOrganisationId' | 'leadOrganisationName' | 'partners'>,
): OrganisationBudgetAction => ({
  status: a.status,
  plannedTotalCents: a.plannedTotalCents,
  lead: a.leadOrganisationId ? { id: a.leadOrganisationId, name: a.leadOrganisationName ?? a.leadOrganisationId } : null,
  partners: a.partners.map((p) => ({ id: p.organisationId, name: p.organisationName, budgetShareCents: p.budgetShareCents })),
});

/** One organisation (or, with a null id and name, the actions without a lead): money as lead and as partner, in cents. */
export interface OrganisationRow {
  organisationId: string | null;
  name: string | null;
  leadCents: number;
  partnerCents: number;
}

/** The rule of the organisation chart, as its description states it (the web's i18n says the same in both languages). */
export const BUDGET_BY_ORGANISATION_RULE =
  'Azioni non annullate. Come capofila: il totale previsto delle azioni che l’organizzazione guida (le azioni senza capofila a parte). ' +
  'Come partner: le quote di budget concordate, che fanno parte del totale dell’azione e quindi non vanno sommate al capofila.';

/**
 * THE rule for "budget per organisation", the same on screen and in the DOCX: cancelled actions are left out (they
 * will not spend their money, as they count for nothing in the progress); a lead counts its actions' planned total
 * (actions without a lead are one row of their own, so the lead column adds up to the planned money of the actions
 * that count); a partner counts its agreed share, which is part of an action's total, so the two columns are not
 * added up. Largest first (lead plus partner), then by name; organisations with nothing are left out.
 */
export function budgetByOrganisation(actions: readonly OrganisationBudgetAction[]): OrganisationRow[] {
  const rows = new Map<string | null, OrganisationRow>();
  const row = (organisationId: string | null, name: string | null) => {
    const found = rows.get(organisationId) ?? { organisationId, name, leadCents: 0, partnerCents: 0 };
    rows.set(organisationId, found);
    return found;
  };
  for (const a of actions) {
    if (a.status === 'cancelled') continue;
    row(a.lead?.id ?? null, a.lead?.name ?? null).leadCents += a.plannedTotalCents;
    for (const p of a.partners) if (p.budgetShareCents) row(p.id, p.name).partnerCents += p.budgetShareCents;
  }
  const total = (r: OrganisationRow) => r.leadCents + r.partnerCents;
  return [...rows.values()]
    .filter((r) => total(r) > 0)
    .sort((a, b) => total(b) - total(a) || (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'it')));
}

/** Planned and spent money of the actions by funding source, in the managed list's order (`budgetByFundingSource`). */
export function budgetByFundingSourceChart(model: PlanExportModel): PlanChart {
  const rows = budgetByFundingSource(
    exportActions(model).map(({ action }) => action),
    new Map(model.fundingSources.map((f) => [f.code, f.label])),
  );
  return {
    id: 'budget_by_funding_source',
    title: 'Risorse delle azioni per fonte di finanziamento',
    description: 'Tutte le azioni, comprese quelle annullate: previsto e speso per fonte di finanziamento.',
    categoryLabel: 'Fonte di finanziamento',
    categories: rows.map((r) => r.label),
    series: [
      { name: 'Previsto', values: rows.map((r) => r.plannedCents) },
      { name: 'Speso', values: rows.map((r) => r.spentCents) },
    ],
    unit: 'cents',
  };
}

/** Planned money by organisation, as lead and as partner (`budgetByOrganisation`). */
export function budgetByOrganisationChart(model: PlanExportModel): PlanChart {
  const rows = budgetByOrganisation(exportActions(model).map(({ action }) => action));
  return {
    id: 'budget_by_organisation',
    title: 'Risorse previste per organizzazione',
    description: BUDGET_BY_ORGANISATION_RULE,
    categoryLabel: 'Organizzazione',
    categories: rows.map((r) => r.name ?? 'Senza capofila'),
    series: [
      { name: 'Come capofila', values: rows.map((r) => r.leadCents) },
      { name: 'Quote come partner', values: rows.map((r) => r.partnerCents) },
    ],
    unit: 'cents',
  };
}

/** Weighted progress of each objective (null when none of its actions counts). */
export function progressByObjectiveChart(model: PlanExportModel): PlanChart {
  return {
    id: 'progress_by_objective',
    title: 'Avanzamento per obiettivo',
    description: 'Media ponderata dell’avanzamento delle azioni non annullate di ciascun obiettivo.',
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
    // ECharts 6 replaced the deprecated `containLabel` with the outer bounds: the axis labels stay inside the picture.
    grid: {
      left: 48,
      right: money ? 120 : 56,
      top: 48,
      bottom: chart.series.length > 1 ? 40 : 16,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
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

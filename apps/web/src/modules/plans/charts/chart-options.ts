import { roundProgress } from '@cantiere/domain';
import type { FundingRow, ObjectiveProgressRow, OrganisationRow } from './chart-data';

/*
 * ECharts options as pure functions of the chart data, so that they are tested without a browser and could be rendered
 * on the server too (they import nothing from ECharts: an option is plain data). Money is charted in euros, the unit the
 * axis shows; the tables beside the charts print the exact cents.
 */

/** What an option needs besides the data: its words and the reader's number format. */
export interface ChartTexts {
  /** The chart's name and its description for screen readers (ECharts' aria component puts them on the SVG). */
  title: string;
  description: string;
  /** Series names. */
  series: string[];
  /** A figure as the reader writes it: euros (`1.234,50 €`) or a percentage. */
  format: (value: number) => string;
  /** How wide the category names may be before they wrap, in pixels: less on a phone, where the bars need the room. */
  labelWidth?: number;
}

/** The parts every option shares: no animation (the chart is a record, and motion is not welcome to everyone). */
const base = (texts: ChartTexts) => ({
  animation: false,
  aria: { enabled: true, label: { description: `${texts.title}. ${texts.description}` } },
  textStyle: { fontFamily: 'Titillium Web, Geneva, Tahoma, sans-serif' },
  tooltip: { trigger: 'axis' as const, axisPointer: { type: 'shadow' as const } },
  legend: { top: 0, data: texts.series },
  // Bootstrap Italia's primary blue, and a darker teal that keeps 3:1 against white beside it.
  color: ['#0066cc', '#00796b'],
});

const euros = (cents: number) => cents / 100;

/** Horizontal bars, one category per row: long names (funding sources, organisations) read along the axis. */
function horizontalBars(categories: string[], series: { name: string; values: number[] }[], texts: ChartTexts) {
  return {
    ...base(texts),
    grid: { left: 8, right: 24, top: 32, bottom: 8, outerBoundsMode: 'same' as const, outerBoundsContain: 'axisLabel' as const },
    xAxis: { type: 'value' as const, splitNumber: 3, axisLabel: { hideOverlap: true, formatter: (v: number) => texts.format(v) } },
    // An explicit line height: a wrapped name's lines otherwise overlap in the SVG.
    yAxis: {
      type: 'category' as const,
      inverse: true,
      data: categories,
      axisLabel: { width: texts.labelWidth ?? 180, overflow: 'break' as const, fontSize: 12, lineHeight: 15 },
    },
    series: series.map((s) => ({ type: 'bar' as const, name: s.name, data: s.values })),
  };
}

/** "Budget per fonte di finanziamento": planned and spent, in euros, one bar pair per source. */
export function fundingOption(rows: readonly FundingRow[], texts: ChartTexts) {
  return horizontalBars(
    rows.map((r) => r.label),
    [
      { name: texts.series[0], values: rows.map((r) => euros(r.plannedCents)) },
      { name: texts.series[1], values: rows.map((r) => euros(r.spentCents)) },
    ],
    texts,
  );
}

/** "Budget per organizzazione": as lead and as partner, in euros. */
export function organisationOption(rows: readonly OrganisationRow[], texts: ChartTexts) {
  return horizontalBars(
    rows.map((r) => r.name ?? ''),
    [
      { name: texts.series[0], values: rows.map((r) => euros(r.leadCents)) },
      { name: texts.series[1], values: rows.map((r) => euros(r.partnerCents)) },
    ],
    texts,
  );
}

/** "Avanzamento per obiettivo": one bar per objective code on a 0-100 axis; an objective with nothing counted has no bar. */
export function progressOption(rows: readonly ObjectiveProgressRow[], texts: ChartTexts) {
  return {
    ...base(texts),
    grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same' as const, outerBoundsContain: 'axisLabel' as const },
    xAxis: { type: 'category' as const, data: rows.map((r) => r.code) },
    yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: (v: number) => texts.format(v) } },
    series: [{ type: 'bar' as const, name: texts.series[0], data: rows.map((r) => roundProgress(r.progress)) }],
  };
}

export type ChartOption = ReturnType<typeof fundingOption> | ReturnType<typeof progressOption>;

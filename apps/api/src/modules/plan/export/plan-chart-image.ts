import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { chartAltText, chartHeight, chartOption, chartTable, type PlanChart } from '@cantiere/domain';
import type { ChartImage } from './plan-section-blocks';

/** Drawn at this width in CSS pixels, then rasterised at twice that for a sharp print. */
const WIDTH = 800;
const SCALE = 2;

/** A chart's ECharts option rendered on the server to SVG (no DOM, no canvas). */
export function renderChartSvg(chart: PlanChart): { svg: string; width: number; height: number } {
  const height = chartHeight(chart);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    instance.setOption(chartOption(chart) as echarts.EChartsOption);
    return { svg: instance.renderToSVGString(), width: WIDTH, height };
  } finally {
    instance.dispose();
  }
}

/**
 * The chart as a PNG for the DOCX (Word does not show SVG everywhere), with its alt text and accessible table.
 * resvg draws the text with the machine's fonts; a sans-serif default keeps labels when Titillium is not installed.
 */
export function renderChartImage(chart: PlanChart): ChartImage {
  const { svg, width, height } = renderChartSvg(chart);
  const png = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width * SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return { title: chart.title, png: Buffer.from(png), width, height, alt: chartAltText(chart), table: chartTable(chart) };
}

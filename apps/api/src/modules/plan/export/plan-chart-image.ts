import fs from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { chartAltText, chartHeight, chartOption, chartTable, type PlanChart } from '@cantiere/domain';
import type { ChartImage } from './plan-section-blocks';

/**
 * Drawn at this width in CSS pixels, then rasterised a quarter larger: the page shows it about 640 px wide, so that is
 * about 150 dpi in print. Twice the width doubled the time of the export of a large plan (rasterising dominates).
 */
const WIDTH = 800;
const SCALE = 1.25;

/**
 * The fonts resvg draws the text with. Loading every system font costs about 100 ms per chart; DejaVu Sans (Debian's
 * fonts-dejavu-core, on these machines) alone is enough for Italian text. Elsewhere, the system's fonts.
 */
const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];
const FONTS: ResvgRenderOptions['font'] = DEJAVU.every((file) => fs.existsSync(file))
  ? { loadSystemFonts: false, fontFiles: DEJAVU, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
  : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };

/**
 * A chart's ECharts option rendered on the server to SVG (no DOM, no canvas). `echarts` resolves here to its complete
 * CommonJS build (`dist/echarts.js`), which registers every chart, component and renderer as it loads; the api is
 * compiled by tsc, not bundled, so no tree-shaking can drop that registration (as Vite did to the web's top-level
 * `use([...])`). The export test checks that the rendered charts hold their bars.
 */
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
 */
export function renderChartImage(chart: PlanChart): ChartImage {
  const { svg, width, height } = renderChartSvg(chart);
  const png = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width * SCALE },
    font: FONTS,
  })
    .render()
    .asPng();
  return { title: chart.title, description: chart.description, png: Buffer.from(png), width, height, alt: chartAltText(chart), table: chartTable(chart) };
}

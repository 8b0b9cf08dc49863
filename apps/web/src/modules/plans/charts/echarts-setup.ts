// Loaded only by `EChart` through a dynamic import, so ECharts stays in a chunk of its own that no first route pulls in.
// Only what the overview draws: bar charts on a grid with legend, tooltip and aria, through the SVG renderer.
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init as initECharts, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * ECharts' `init`, with the parts above registered first. The registration runs inside the call rather than at the top
 * of the module: the production bundler judged a top-level `use([...])` free of side effects and dropped it, leaving
 * no renderer. `use` ignores what it already registered, so calling it per chart costs nothing.
 */
export function init(...args: Parameters<typeof initECharts>) {
  use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);
  return initECharts(...args);
}

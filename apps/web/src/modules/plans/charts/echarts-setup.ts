// Loaded only by `EChart` through a dynamic import, so ECharts stays in a chunk of its own that no first route pulls in.
// Only what the overview draws: bar charts on a grid with legend, tooltip and aria, through the SVG renderer.
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { init };

import { Resvg } from '@resvg/resvg-js';
import type { PlanChart } from '@cantiere/domain';
import { renderChartImage, renderChartSvg } from './plan-chart-image';

const chart = (categories: string[], planned: number[], spent: number[]): PlanChart => ({
  id: 'budget_by_funding_source',
  title: 'Risorse delle azioni per fonte di finanziamento',
  description: 'Descrizione',
  categoryLabel: 'Fonte di finanziamento',
  categories,
  series: [
    { name: 'Previsto', values: planned },
    { name: 'Speso', values: spent },
  ],
  unit: 'cents',
});
const withData = chart(['FNPS', 'Fondo Povertà – quota servizi', 'Bilancio comunale'], [3_000_000, 1_500_000, 800_000], [1_200_000, 0, 400_000]);
const empty = chart([], [], []);

/** Bars of the first and second series: SVG paths filled with the palette's first two colours. */
const bars = (svg: string, colour: string) => (svg.match(new RegExp(`<path[^>]*fill="${colour}"`, 'gi')) ?? []).length;
/** Pixels of a colour (within a small tolerance for anti-aliasing) in an RGBA raster. */
function pixelsOf(rgba: Uint8Array, [r, g, b]: number[]) {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (Math.abs(rgba[i] - r) < 6 && Math.abs(rgba[i + 1] - g) < 6 && Math.abs(rgba[i + 2] - b) < 6) n++;
  return n;
}

describe('server-side charts: ECharts registered on the server draws the bars, and the PNG holds them', () => {
  it('draws one bar per non-zero value in the series colours, beyond what a chart without data draws', () => {
    const { svg } = renderChartSvg(withData);
    const none = renderChartSvg(empty).svg;
    // The legend's marker takes the series colour too: it is what the empty chart has.
    expect(bars(none, '#0066CC')).toBe(1);
    expect(bars(svg, '#0066CC') - bars(none, '#0066CC')).toBe(3);
    // A zero spent bar has no width: drawn or not, it shows nothing; the two others are there.
    expect(bars(svg, '#F73E5A') - bars(none, '#F73E5A')).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('FNPS');
  });

  it('rasterises the bars: the chart with data has many pixels of the bar colour, the empty one only its legend', () => {
    const blue = [0x00, 0x66, 0xcc];
    const raster = (c: PlanChart) => new Resvg(renderChartSvg(c).svg, { background: '#ffffff' }).render().pixels;
    // Only the legend's marker is blue in the empty chart; the bars add thousands of pixels.
    expect(pixelsOf(raster(withData), blue) - pixelsOf(raster(empty), blue)).toBeGreaterThan(5_000);
    const image = renderChartImage(withData);
    expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.png.length).toBeGreaterThan(renderChartImage(empty).png.length);
    expect(image.description).toBe('Descrizione');
  });
});

import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '@cantiere/domain';
import { PlanCharts } from './PlanCharts';

// ECharts itself is not drawn here (a browser test does that): the stand-in records what each chart was given.
const drawn = vi.hoisted(() => [] as { renderer: string; option: { series: { data: unknown[] }[] } }[]);
vi.mock('./echarts-setup', () => ({
  init: (_el: HTMLElement, _theme: null, opts: { renderer: string }) => {
    const chart = { renderer: opts.renderer, option: { series: [] } as never };
    drawn.push(chart);
    return { setOption: (o: never) => (chart.option = o), resize: () => undefined, dispose: () => undefined };
  },
}));

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const plan = {
  objectives: [
    { id: id(1), code: 'OB-1', title: 'Cibo per tutti', progress: 43.3333 },
    { id: id(2), code: 'OB-2', title: 'Casa', progress: null },
  ],
  actions: [
    {
      id: id(101),
      objectiveId: id(1),
      status: 'in_progress',
      leadOrganisationId: id(900),
      leadOrganisationName: 'Caritas Cremonese',
      partners: [{ organisationId: id(901), organisationName: 'Cooperativa Il Cerchio', role: 'partner', budgetShareCents: 300_000 }],
      budget: [
        { fundingSource: 'fnps', plannedCents: 1_234_550, spentCents: 100_001 },
        { fundingSource: 'comune', plannedCents: 500_000, spentCents: 0 },
      ],
      plannedTotalCents: 1_734_550,
    },
  ],
  indicators: [],
  problems: [],
} as unknown as PlanDetail;
const labels = {
  organisations: new Map(),
  macroAreas: new Map(),
  fundingSources: new Map([
    ['fnps', 'FNPS'],
    ['comune', 'Bilancio comunale'],
  ]),
  leps: new Map(),
};
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('the overview’s charts', () => {
  afterEach(() => {
    cleanup();
    drawn.length = 0;
  });

  it('gives each chart an accessible table with a caption, headers and euros as Italians write them', () => {
    render(<PlanCharts plan={plan} labels={labels} />);
    const funding = screen.getByRole('table', { name: 'Budget delle azioni per fonte di finanziamento, in euro' });
    // Italian money: dot for thousands from five digits (CLDR: `1000,01`, `12.345,50`), a no-break space before €.
    expect(rows(funding)).toEqual([
      ['Fonte di finanziamento', 'Previsto', 'Speso'],
      ['FNPS', '12.345,50\u00a0€', '1000,01\u00a0€'],
      ['Bilancio comunale', '5000,00\u00a0€', '0,00\u00a0€'],
      ['Totale', '17.345,50\u00a0€', '1000,01\u00a0€'],
    ]);
    expect(
      within(funding)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['FNPS', 'Bilancio comunale', 'Totale']);
    const organisations = screen.getByRole('table', { name: /^Budget previsto per organizzazione/ });
    expect(rows(organisations)).toEqual([
      ['Organizzazione', 'Come capofila', 'Quote come partner'],
      ['Caritas Cremonese', '17.345,50\u00a0€', '0,00\u00a0€'],
      ['Cooperativa Il Cerchio', '0,00\u00a0€', '3000,00\u00a0€'],
    ]);
    const progress = screen.getByRole('table', { name: 'Avanzamento per obiettivo, in percentuale' });
    expect(rows(progress)).toEqual([
      ['Obiettivo', 'Avanzamento'],
      ['OB-1 – Cibo per tutti', '43,3%'],
      ['OB-2 – Casa', 'non conteggiato'],
    ]);
  });

  it('names each chart and links it to its description, then draws it as SVG with the same figures', async () => {
    render(<PlanCharts plan={plan} labels={labels} />);
    const images = screen.getAllByRole('img');
    expect(images.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Budget per fonte di finanziamento',
      'Budget per organizzazione',
      'Avanzamento per obiettivo',
    ]);
    const description = document.getElementById(images[0].getAttribute('aria-describedby')!);
    expect(description?.textContent).toContain('il budget previsto e quello speso dalle azioni del piano');
    await waitFor(() => expect(drawn).toHaveLength(3));
    expect(drawn.map((d) => d.renderer)).toEqual(['svg', 'svg', 'svg']);
    expect(drawn[0].option.series.map((s) => s.data)).toEqual([
      [12345.5, 5000],
      [1000.01, 0],
    ]);
    await waitFor(() => expect(images.map((i) => i.getAttribute('data-chart-state'))).toEqual(['drawn', 'drawn', 'drawn']));
  });

  it('says there is nothing to chart when no action has money, and prints no empty table', () => {
    const poor = { ...plan, actions: [{ ...plan.actions[0], budget: [], plannedTotalCents: 0, partners: [] }] } as PlanDetail;
    render(<PlanCharts plan={poor} labels={labels} />);
    expect(within(screen.getByTestId('chart-funding')).getByText('Nessun dato da rappresentare.')).toBeTruthy();
    expect(screen.queryByRole('table', { name: /fonte di finanziamento/ })).toBeNull();
    expect(within(screen.getByTestId('chart-organisations')).getByText('Nessun dato da rappresentare.')).toBeTruthy();
  });
});

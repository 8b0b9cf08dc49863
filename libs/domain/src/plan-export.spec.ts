import { buildPlanExportModel, planExportModelSchema, type PlanExportLabels } from './plan-export';
import { centsToDecimal, planCsv } from './plan-csv';
import {
  BUDGET_BY_ORGANISATION_RULE,
  budgetByOrganisation,
  budgetByOrganisationChart,
  organisationBudgetAction,
  chartAltText,
  chartOption,
  chartTable,
  progressByObjectiveChart,
} from './plan-charts';
import { formatEuro, formatPercent } from './plan-export-format';
import type { PlanDetail } from './plan-records';

const OB = '11111111-1111-4111-8111-111111111111';
const A1 = '22222222-2222-4222-8222-222222222222';
const A2 = '33333333-3333-4333-8333-333333333333';
const ORG = '44444444-4444-4444-8444-444444444444';
const IND = '55555555-5555-4555-8555-555555555555';

const labels: PlanExportLabels = {
  macroArea: new Map([['poverty_exclusion', 'Contrasto alla povertà']]),
  fundingSource: new Map([
    ['fnps', 'FNPS'],
    ['bilancio_comunale', 'Bilancio comunale'],
  ]),
  leps: new Map(),
  fundingOrder: ['fnps', 'bilancio_comunale'],
};

const action = (id: string, over: Partial<PlanDetail['actions'][number]>): PlanDetail['actions'][number] => ({
  id,
  objectiveId: OB,
  order: 'a0',
  title: 'Azione',
  description: '',
  leadOrganisationId: ORG,
  leadOrganisationName: 'Caritas, Cremona',
  partners: [],
  beneficiaries: { expected: null, description: '' },
  startDate: null,
  endDate: null,
  status: 'in_progress',
  progress: 50,
  weight: 1,
  budget: [],
  plannedTotalCents: 0,
  spentTotalCents: 0,
  milestones: [],
  contributors: [],
  problems: [],
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const detail = {
  id: '66666666-6666-4666-8666-666666666666',
  title: 'Piano',
  spaceName: 'Cantiere',
  startYear: 2025,
  endYear: 2027,
  status: 'draft',
  adoptingAct: { decisionId: null, body: null, number: null, date: null },
  adoptedAt: null,
  objectives: [
    {
      id: OB,
      code: 'OB-1',
      title: 'Obiettivo',
      description: '',
      macroArea: 'poverty_exclusion',
      targetGroup: '',
      expectedImpact: '',
      lepsCode: null,
      coDesigned: true,
      crossArea: false,
      plannedStaff: '',
      budget: [{ fundingSource: 'bilancio_comunale', plannedCents: 10 }],
      plannedTotalCents: 10,
      order: 'a0',
      progress: null,
      problems: [],
      updatedAt: '',
    },
  ],
  actions: [
    action(A1, {
      title: 'Emporio, "solidale"',
      budget: [{ fundingSource: 'fnps', plannedCents: 123_456_789, spentCents: 5 }],
      plannedTotalCents: 123_456_789,
      spentTotalCents: 5,
    }),
    action(A2, { progress: 100, weight: 3, status: 'cancelled', leadOrganisationId: null, leadOrganisationName: null }),
  ],
  indicators: [
    {
      id: IND,
      objectiveId: OB,
      actionId: null,
      order: 'a0',
      kind: 'output',
      name: 'Famiglie',
      unit: '',
      direction: 'higher',
      baseline: null,
      target: { value: 10, date: null },
      acceptableRange: { min: 8, max: 10 },
      observations: [
        { id: A1, date: '2025-12-31', value: 5, note: null, source: null },
        { id: A2, date: '2026-12-31', value: 9, note: null, source: null },
      ],
      problems: [],
      updatedAt: '',
    },
  ],
} as unknown as PlanDetail;

describe('the plan export model and its renderings', () => {
  const model = buildPlanExportModel(detail, labels, { asOf: '2026-06-30', generatedAt: '2026-11-29T10:00:00.000Z' });

  it('builds a model that its own schema accepts, indicators read at asOf, cancelled actions out of the progress', () => {
    expect(planExportModelSchema.parse(model)).toEqual(model);
    expect(model.objectives[0].indicators[0]).toMatchObject({ latest: { date: '2025-12-31', value: 5 }, state: 'off_track' });
    expect(model.objectives[0].progress).toBe(50);
    expect(model.fundingSources).toEqual([
      { code: 'fnps', label: 'FNPS' },
      { code: 'bilancio_comunale', label: 'Bilancio comunale' },
    ]);
  });

  it('formats euros and percentages the Italian way, thousands always grouped', () => {
    expect(formatEuro(123_456_789)).toBe('1.234.567,89\u00a0€');
    expect(formatEuro(850_000)).toBe('8.500,00\u00a0€');
    expect(formatPercent(13.333)).toBe('13,3%');
    expect(formatPercent(null)).toBe('–');
    expect(centsToDecimal(123_456_789)).toBe('1234567.89');
    expect(centsToDecimal(5)).toBe('0.05');
  });

  it('quotes CSV fields that hold commas or quotes and ends every line with CRLF', () => {
    const lines = planCsv(model).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[1]).toContain(',"Emporio, ""solidale""","Caritas, Cremona",');
    expect(lines[1]).toContain(',1234567.89,0.05,fnps=1234567.89/0.05,0/0');
    expect(lines[2].split(',')[7]).toBe('');
  });

  it('starts text a spreadsheet would run as a formula with an apostrophe, and leaves amounts and dates alone', () => {
    const hostile = {
      ...detail,
      title: '=HYPERLINK("http://x.example","Piano")',
      actions: [action(A1, { title: '@SUM(A1:A9)', leadOrganisationName: '+39 0372 1' })],
    };
    const [, row] = planCsv(buildPlanExportModel(hostile as PlanDetail, labels, { asOf: '2026-06-30', generatedAt: '2026-11-29T10:00:00.000Z' })).split('\r\n');
    expect(row).toContain(`,"'=HYPERLINK(""http://x.example"",""Piano"")",`);
    expect(row).toContain(",'@SUM(A1:A9),'+39 0372 1,");
    expect(row).not.toMatch(/,[=+@-]/);
  });

  it('gives each chart an accessible table and an alt text with every value', () => {
    const progress = progressByObjectiveChart(model);
    expect(chartTable(progress)).toEqual({ header: ['Obiettivo', 'Avanzamento'], rows: [['OB-1', '50%']] });
    expect(chartAltText(progress)).toBe('Avanzamento per obiettivo. OB-1: avanzamento 50%.');
    const byOrganisation = budgetByOrganisationChart(model);
    // The cancelled action without a lead is left out (the one rule of `budgetByOrganisation`).
    expect(byOrganisation.categories).toEqual(['Caritas, Cremona']);
    expect(byOrganisation.description).toBe(BUDGET_BY_ORGANISATION_RULE);
    const option = chartOption(byOrganisation) as { yAxis: { data: string[] }; series: { data: number[] }[]; grid: Record<string, unknown> };
    expect(option.yAxis.data).toEqual(['Caritas, Cremona']);
    expect(option.series.map((s) => s.data)).toEqual([[123_456_789], [0]]);
    // ECharts 6's outer bounds, not the deprecated `containLabel`.
    expect(option.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
    expect(option.grid).not.toHaveProperty('containLabel');
    // Several categories: ECharts draws the first at the bottom, so reversed the first row of the table is on top.
    const two = chartOption({ ...byOrganisation, categories: ['A', 'B'], series: [{ name: 'Previsto', values: [2, 1] }] }) as typeof option;
    expect([two.yAxis.data, two.series[0].data]).toEqual([
      ['B', 'A'],
      [1, 2],
    ]);
  });

  it('charts the same budget by organisation as the screen computes from the rows', () => {
    const screen = budgetByOrganisation(detail.actions.map(organisationBudgetAction));
    const docx = budgetByOrganisationChart(model);
    expect(docx.categories).toEqual(screen.map((r) => r.name ?? 'Senza capofila'));
    expect(docx.series.map((s) => s.values)).toEqual([screen.map((r) => r.leadCents), screen.map((r) => r.partnerCents)]);
  });
});

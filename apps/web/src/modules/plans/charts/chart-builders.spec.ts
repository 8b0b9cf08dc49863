import { describe, expect, it } from 'vitest';
import { budgetByOrganisation as domainBudgetByOrganisation, organisationBudgetAction, type PlanAction, type PlanObjective } from '@cantiere/domain';
import { budgetByFundingSource, budgetByOrganisation, progressByObjective } from './chart-data';
import { fundingOption, organisationOption, progressOption } from './chart-options';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [CARITAS, COOP, ACLI] = [id(900), id(901), id(902)];
const action = (n: number, changes: Partial<PlanAction>): PlanAction =>
  ({
    id: id(100 + n),
    objectiveId: id(1),
    leadOrganisationId: CARITAS,
    leadOrganisationName: 'Caritas Cremonese',
    partners: [],
    status: 'in_progress',
    budget: [],
    plannedTotalCents: 0,
    ...changes,
  }) as PlanAction;
const fundingLabels = new Map([
  ['fondo_poverta_servizi', 'Fondo Povertà - quota servizi'],
  ['fnps', 'FNPS'],
  ['comune', 'Bilancio comunale'],
]);
const texts = (series: string[]) => ({ title: 'Titolo', description: 'Descrizione', series, format: (v: number) => `${v} €` });

const actions = [
  action(1, {
    budget: [
      { fundingSource: 'fnps', plannedCents: 1_000_050, spentCents: 250_000 },
      { fundingSource: 'fondo_poverta_servizi', plannedCents: 500_000, spentCents: 0 },
    ],
    plannedTotalCents: 1_500_050,
    partners: [{ organisationId: COOP, organisationName: 'Cooperativa Il Cerchio', role: 'partner', budgetShareCents: 300_000 }],
  }),
  action(2, {
    leadOrganisationId: COOP,
    leadOrganisationName: 'Cooperativa Il Cerchio',
    budget: [
      { fundingSource: 'fnps', plannedCents: 200_000, spentCents: 199_999 },
      { fundingSource: 'retired_fund', plannedCents: 10_000, spentCents: 0 },
      { fundingSource: 'comune', plannedCents: 0, spentCents: 0 },
    ],
    plannedTotalCents: 210_000,
    partners: [{ organisationId: ACLI, organisationName: 'ACLI', role: 'collaborating', budgetShareCents: null }],
  }),
  action(3, { leadOrganisationId: ACLI, leadOrganisationName: 'ACLI', status: 'cancelled', plannedTotalCents: 900_000 }),
];

describe('chart data from the plan’s rows', () => {
  it('sums the actions’ budget by funding source in the list’s order, unknown codes after, empty sources left out', () => {
    expect(budgetByFundingSource(actions, fundingLabels)).toEqual([
      { code: 'fondo_poverta_servizi', label: 'Fondo Povertà - quota servizi', plannedCents: 500_000, spentCents: 0 },
      { code: 'fnps', label: 'FNPS', plannedCents: 1_200_050, spentCents: 449_999 },
      { code: 'retired_fund', label: 'retired_fund', plannedCents: 10_000, spentCents: 0 },
    ]);
  });

  it('gives each organisation what it leads and its partner shares, largest first, without cancelled actions', () => {
    expect(budgetByOrganisation(actions)).toEqual([
      { organisationId: CARITAS, name: 'Caritas Cremonese', leadCents: 1_500_050, partnerCents: 0 },
      { organisationId: COOP, name: 'Cooperativa Il Cerchio', leadCents: 210_000, partnerCents: 300_000 },
    ]);
  });

  it('uses the domain’s one rule, as the DOCX does: actions without a lead are a row of their own, named on screen', () => {
    const withoutLead = [...actions, action(4, { leadOrganisationId: null, leadOrganisationName: null, plannedTotalCents: 50_000 })];
    expect(budgetByOrganisation(withoutLead).at(-1)).toEqual({ organisationId: null, name: null, leadCents: 50_000, partnerCents: 0 });
    expect(budgetByOrganisation(withoutLead)).toEqual(domainBudgetByOrganisation(withoutLead.map(organisationBudgetAction)));
  });

  it('takes each objective’s progress as the server rolled it up', () => {
    const objectives = [
      { id: id(1), code: 'OB-1', title: 'Cibo', progress: 43.3333 },
      { id: id(2), code: 'OB-2', title: 'Casa', progress: null },
    ] as PlanObjective[];
    expect(progressByObjective(objectives)).toEqual([
      { objectiveId: id(1), code: 'OB-1', title: 'Cibo', progress: 43.3333 },
      { objectiveId: id(2), code: 'OB-2', title: 'Casa', progress: null },
    ]);
  });
});

describe('ECharts options', () => {
  it('charts the funding sources as horizontal bars of euros, planned and spent, with an aria description', () => {
    const option = fundingOption(budgetByFundingSource(actions, fundingLabels), texts(['Previsto', 'Speso']));
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['Fondo Povertà - quota servizi', 'FNPS', 'retired_fund'] });
    expect(option.xAxis).toMatchObject({ type: 'value', splitNumber: 3, axisLabel: { hideOverlap: true } });
    expect(option.yAxis.axisLabel).toEqual({ width: 180, overflow: 'break', fontSize: 12, lineHeight: 15 });
    expect(fundingOption([], { ...texts(['P', 'S']), labelWidth: 100 }).yAxis.axisLabel.width).toBe(100);
    expect(option.xAxis.axisLabel.formatter(1200)).toBe('1200 €');
    expect(option.series).toEqual([
      { type: 'bar', name: 'Previsto', data: [5000, 12000.5, 100] },
      { type: 'bar', name: 'Speso', data: [0, 4499.99, 0] },
    ]);
    expect(option.aria).toEqual({ enabled: true, label: { description: 'Titolo. Descrizione' } });
    expect(option.legend.data).toEqual(['Previsto', 'Speso']);
    expect(option.animation).toBe(false);
  });

  it('charts organisations with their lead and partner money', () => {
    const option = organisationOption(budgetByOrganisation(actions), texts(['Come capofila', 'Quote come partner']));
    expect(option.yAxis.data).toEqual(['Caritas Cremonese', 'Cooperativa Il Cerchio']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Come capofila', [15000.5, 2100]],
      ['Quote come partner', [0, 3000]],
    ]);
  });

  it('charts progress by objective code on a 0-100 axis, one decimal, no bar where nothing counts', () => {
    const option = progressOption(
      [
        { objectiveId: id(1), code: 'OB-1', title: 'Cibo', progress: 43.3333 },
        { objectiveId: id(2), code: 'OB-2', title: 'Casa', progress: null },
      ],
      texts(['Avanzamento']),
    );
    expect(option.xAxis).toEqual({ type: 'category', data: ['OB-1', 'OB-2'] });
    expect(option.yAxis).toMatchObject({ type: 'value', min: 0, max: 100 });
    expect(option.series).toEqual([{ type: 'bar', name: 'Avanzamento', data: [43.3, null] }]);
  });
});

import { budgetByFundingSource, budgetByOrganisation, organisationBudgetAction, type OrganisationBudgetAction } from './plan-charts';
import type { PlanAction } from './plan-records';

const org = (id: string, name: string) => ({ id, name });
const [CARITAS, COOP, ACLI] = [org('c', 'Caritas Cremonese'), org('k', 'Cooperativa Il Cerchio'), org('a', 'ACLI')];
const action = (over: Partial<OrganisationBudgetAction>): OrganisationBudgetAction => ({
  status: 'in_progress',
  plannedTotalCents: 0,
  lead: CARITAS,
  partners: [],
  ...over,
});

describe('the one rule of the budget by organisation (screen and DOCX)', () => {
  it('counts a lead’s planned totals and a partner’s shares apart, leaves cancelled actions out, keeps lead-less actions as their own row', () => {
    const rows = budgetByOrganisation([
      action({
        plannedTotalCents: 1_500_050,
        partners: [
          { ...COOP, budgetShareCents: 300_000 },
          { ...ACLI, budgetShareCents: null },
        ],
      }),
      action({ lead: COOP, plannedTotalCents: 210_000 }),
      action({ lead: ACLI, status: 'cancelled', plannedTotalCents: 900_000, partners: [{ ...COOP, budgetShareCents: 50_000 }] }),
      action({ lead: null, plannedTotalCents: 400_000 }),
      action({ lead: ACLI, status: 'suspended', plannedTotalCents: 0 }),
    ]);
    expect(rows).toEqual([
      { organisationId: 'c', name: 'Caritas Cremonese', leadCents: 1_500_050, partnerCents: 0 },
      { organisationId: 'k', name: 'Cooperativa Il Cerchio', leadCents: 210_000, partnerCents: 300_000 },
      { organisationId: null, name: null, leadCents: 400_000, partnerCents: 0 },
    ]);
    // The lead column adds up to the planned money of the actions that are not cancelled.
    expect(rows.reduce((n, r) => n + r.leadCents, 0)).toBe(1_500_050 + 210_000 + 400_000);
  });

  it('reads a REST action the same way as an export action', () => {
    const rest = {
      status: 'planned',
      plannedTotalCents: 500,
      leadOrganisationId: 'c',
      leadOrganisationName: 'Caritas Cremonese',
      partners: [{ organisationId: 'k', organisationName: 'Cooperativa Il Cerchio', role: 'partner', budgetShareCents: 100 }],
    } as PlanAction;
    expect(organisationBudgetAction(rest)).toEqual({
      status: 'planned',
      plannedTotalCents: 500,
      lead: CARITAS,
      partners: [{ ...COOP, budgetShareCents: 100 }],
    });
    expect(organisationBudgetAction({ ...rest, leadOrganisationId: null, leadOrganisationName: null }).lead).toBeNull();
  });

  it('sums money by funding source in the list’s order, unknown codes after, sources with nothing left out', () => {
    const labels = new Map([
      ['fondo_poverta_servizi', 'Fondo Povertà'],
      ['fnps', 'FNPS'],
      ['comune', 'Bilancio comunale'],
    ]);
    expect(
      budgetByFundingSource(
        [
          {
            budget: [
              { fundingSource: 'fnps', plannedCents: 100, spentCents: 10 },
              { fundingSource: 'old', plannedCents: 5, spentCents: 0 },
            ],
          },
          {
            budget: [
              { fundingSource: 'fondo_poverta_servizi', plannedCents: 0, spentCents: 7 },
              { fundingSource: 'comune', plannedCents: 0, spentCents: 0 },
            ],
          },
        ],
        labels,
      ),
    ).toEqual([
      { code: 'fondo_poverta_servizi', label: 'Fondo Povertà', plannedCents: 0, spentCents: 7 },
      { code: 'fnps', label: 'FNPS', plannedCents: 100, spentCents: 10 },
      { code: 'old', label: 'old', plannedCents: 5, spentCents: 0 },
    ]);
  });
});

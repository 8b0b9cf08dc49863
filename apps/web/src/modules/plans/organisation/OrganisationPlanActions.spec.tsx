import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganisationPlanAction } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { OrganisationPlanActions } from './OrganisationPlanActions';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = id(900);
const row = (n: number, planId: string, changes: Partial<OrganisationPlanAction>): OrganisationPlanAction => ({
  planId,
  planTitle: planId === id(1) ? 'Piano di Zona 2025-2027' : 'Piano del tavolo casa',
  planStatus: 'draft',
  spaceId: id(50),
  spaceName: 'Cantiere Welfare Inclusione sociale',
  objectiveId: id(10),
  objectiveCode: 'OB-1',
  objectiveTitle: 'Cibo per tutti',
  actionId: id(100 + n),
  actionTitle: `Azione ${n}`,
  role: 'lead',
  status: 'in_progress',
  progress: 40,
  startDate: '2025-02-01',
  endDate: '2026-12-31',
  ...changes,
});

function serve(items: OrganisationPlanAction[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url === `/api/organisations/${ORG}/plan-actions`
          ? new Response(JSON.stringify({ items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) }), { status: 200 })
          : new Response(JSON.stringify({ error: { code: 'not_found', message: url } }), { status: 404 }),
      ),
    ),
  );
}
const show = () =>
  render(
    <MemoryRouter>
      <OrganisationPlanActions organisationId={ORG} />
    </MemoryRouter>,
    { wrapper: testQueryClient().wrapper },
  );

describe('an organisation’s plan actions', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('groups the actions under their plan, with objective, role, status, progress and period in a captioned table', async () => {
    serve([
      row(1, id(1), {}),
      row(2, id(1), { role: 'partner', status: 'suspended', progress: 15, objectiveCode: 'OB-4', objectiveTitle: 'Casa' }),
      row(3, id(2), { role: 'collaborating', status: 'cancelled', startDate: null, endDate: null }),
    ]);
    show();
    const plans = await screen.findAllByTestId('organisation-plan');
    expect(plans.map((p) => within(p).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Piano di Zona 2025-2027 (Cantiere Welfare Inclusione sociale, In bozza)',
      'Piano del tavolo casa (Cantiere Welfare Inclusione sociale, In bozza)',
    ]);
    expect(within(plans[0]).getByRole('link', { name: 'Piano di Zona 2025-2027' }).getAttribute('href')).toBe(`/piani/${id(1)}?vista=panoramica`);
    const table = within(plans[0]).getByRole('table', { name: 'Azioni del piano «Piano di Zona 2025-2027» in cui l’organizzazione è capofila o partner' });
    const cells = within(table)
      .getAllByTestId('organisation-plan-action')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Azione 1', 'OB-1', 'Capofila', 'In svolgimento', '40%', 'dal 01/02/2025 al 31/12/2026'],
      ['Azione 2', 'OB-4', 'Partner di progetto', 'Sospesa', '15%', 'dal 01/02/2025 al 31/12/2026'],
    ]);
    // A cancelled action counts for nothing, and says so rather than showing its last figure.
    const cancelled = within(plans[1]).getAllByRole('progressbar', { name: 'Avanzamento di «Azione 3»' })[0];
    expect(cancelled.getAttribute('aria-valuetext')).toBe('nessuna azione conteggiata');
    expect(within(plans[1]).getAllByTestId('organisation-plan-action')[0].querySelectorAll('td')[1].textContent).toBe('Collaboratore');
  });

  it('says when the organisation has no action in the plans the reader sees', async () => {
    serve([]);
    show();
    expect(await screen.findByText('L’organizzazione non guida né partecipa ad azioni dei piani che può vedere.')).toBeTruthy();
  });
});

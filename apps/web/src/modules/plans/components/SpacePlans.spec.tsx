import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { SpacePlans } from './SpacePlans';

const SPACE = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
const PLAN = '6b6b6b6b-6b6b-4b6b-8b6b-6b6b6b6b6b6b';

const plan = (changes: Partial<Plan> = {}): Plan => ({
  id: PLAN,
  docId: `action-plan:${PLAN}`,
  spaceId: SPACE,
  spaceName: 'Cantiere Welfare Inclusione sociale',
  title: 'Piano di Zona 2025-2027 - Area povertà e inclusione',
  startYear: 2025,
  endYear: 2027,
  status: 'draft',
  adoptingAct: { decisionId: null, body: null, number: null, date: null },
  submittedAt: null,
  adoptedAt: null,
  introductionDocumentId: null,
  progress: 42.5,
  counts: { objectives: 3, actions: 9, indicators: 6, problems: 0 },
  plannedTotalCents: 123_450_00,
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  access: 'write',
  can: { 'plan.write': true, 'plan.submit': true, 'plan.adopt': false, 'plan.comment': true },
  ...changes,
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers the list with `plans`, and a creation with `created` (a function of the body sent, for error answers). */
function serve(plans: Plan[], created?: (body: Record<string, unknown>) => Response) {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    if (init?.method === 'POST' && url === '/api/plans' && created) return Promise.resolve(created(JSON.parse(String(init.body))));
    if (url === `/api/plans?spaceId=${SPACE}`) return Promise.resolve(json({ items: plans, total: plans.length, page: 1, pageSize: 25 }));
    return Promise.resolve(json({ error: { code: 'not_found', message: url } }, 404));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function show(canCreate: boolean) {
  render(
    <MemoryRouter initialEntries={[`/spazi/${SPACE}`]}>
      <Routes>
        <Route path="/spazi/:id" element={<SpacePlans spaceId={SPACE} canCreate={canCreate} />} />
        <Route path="/piani/:id" element={<p>Pagina del piano</p>} />
      </Routes>
    </MemoryRouter>,
    { wrapper: testQueryClient().wrapper },
  );
}

describe('a space’s action plans', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists each plan with its link, status, period, counts and progress', async () => {
    serve([plan()]);
    show(false);
    const list = await screen.findByTestId('space-plans');
    const link = within(list).getByRole('link', { name: 'Piano di Zona 2025-2027 - Area povertà e inclusione' });
    expect(link.getAttribute('href')).toBe(`/piani/${PLAN}`);
    expect(within(list).getByTestId('plan-status').textContent).toBe('In bozza');
    expect(within(list).getByText('2025–2027 · 3 obiettivi, 9 azioni')).toBeTruthy();
    const bar = within(list).getByRole('progressbar', { name: 'Avanzamento di «Piano di Zona 2025-2027 - Area povertà e inclusione»' });
    expect([bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuetext')]).toEqual(['42.5', '42,5%']);
  });

  it('says so when the space has no plan, and offers the form only to those who may create one', async () => {
    serve([]);
    show(false);
    expect((await screen.findByTestId('plans-empty')).textContent).toBe('Nessun piano d’azione in questo spazio.');
    expect(screen.queryByRole('button', { name: 'Nuovo piano d’azione' })).toBeNull();
  });

  it('checks the new plan in Italian as it is filled in, then creates it and opens it', async () => {
    const fetchMock = serve([], (body) =>
      json({ plan: { ...plan({ title: String(body.title) }), objectives: [], actions: [], indicators: [], problems: [] } }, 201),
    );
    show(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Nuovo piano d’azione' }));
    // The form's code (with zod and the plan's schemas) arrives when it is opened.
    const title = await screen.findByLabelText('Titolo');
    fireEvent.change(title, { target: { value: 'PZ' } });
    fireEvent.change(screen.getByLabelText('Anno di fine'), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crea il piano' }));
    expect(await screen.findByText('Testo troppo corto')).toBeTruthy();
    expect(screen.getByText('L’anno di fine precede quello di inizio')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    // After the first try the messages follow the typing.
    fireEvent.change(screen.getByLabelText('Anno di fine'), { target: { value: '2040' } });
    expect(screen.getByText('Un piano copre al massimo dieci anni')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0);

    fireEvent.change(title, { target: { value: 'Piano di Zona 2026-2028' } });
    fireEvent.change(screen.getByLabelText('Anno di inizio'), { target: { value: '2026' } });
    fireEvent.change(screen.getByLabelText('Anno di fine'), { target: { value: '2028' } });
    expect(screen.queryByText('Testo troppo corto')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Crea il piano' }));
    expect(await screen.findByText('Pagina del piano')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toEqual({ spaceId: SPACE, title: 'Piano di Zona 2026-2028', startYear: 2026, endYear: 2028 });
  });

  it('shows the server’s refusal at the field it names', async () => {
    serve([], () => json({ error: { code: 'validation_failed', message: 'invalid', details: [{ path: 'title', message: 'already_exists' }] } }, 409));
    show(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Nuovo piano d’azione' }));
    fireEvent.change(await screen.findByLabelText('Titolo'), { target: { value: 'Piano di Zona 2025-2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Crea il piano' }));
    expect(await screen.findByText('Esiste già un elemento con questo valore')).toBeTruthy();
    expect(screen.queryByText('Pagina del piano')).toBeNull();
  });
});

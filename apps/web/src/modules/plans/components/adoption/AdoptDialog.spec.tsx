import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanDetail } from '@cantiere/domain';
import { ApiError } from '../../../../api/client';
import { testQueryClient } from '../../../../test-support/query';
import { AdoptDialog } from './AdoptDialog';

const SPACE = '5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a';
const DECISION = '7c7c7c7c-7c7c-4c7c-8c7c-7c7c7c7c7c7c';
const plan = { id: '6b6b6b6b-6b6b-4b6b-8b6b-6b6b6b6b6b6b', spaceId: SPACE } as PlanDetail;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function show(onAdopt: (input: unknown) => Promise<unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      Promise.resolve(
        url === `/api/decisions?spaceId=${SPACE}`
          ? json({
              items: [{ id: DECISION, meetingLabel: 'Seduta n. 4 del 10/12/2025', text: 'Il Cantiere approva il piano', meetingId: DECISION }],
              total: 1,
              page: 1,
              pageSize: 1000,
            })
          : json({ error: { code: 'not_found', message: url } }, 404),
      ),
    ),
  );
  const onClose = vi.fn();
  render(<AdoptDialog plan={plan} onAdopt={onAdopt} onClose={onClose} />, { wrapper: testQueryClient().wrapper });
  return onClose;
}
const field = (label: string) => screen.getByLabelText(label, { exact: false }) as HTMLInputElement;

describe('the adoption dialog', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for a decision or a whole act, saying so at each field, before anything is sent', async () => {
    const onAdopt = vi.fn(() => Promise.resolve());
    show(onAdopt);
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect(screen.getAllByText('Indicare una decisione o un atto amministrativo (organo, numero e data)')).toHaveLength(4);
    for (const label of ['Decisione nel verbale di seduta', 'Organo che adotta', 'Numero dell’atto', 'Data dell’atto'])
      expect(field(label).getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field('Organo che adotta'), { target: { value: 'Assemblea dei Sindaci' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect(screen.getAllByText('Campo obbligatorio')).toHaveLength(2);
    expect(field('Organo che adotta').getAttribute('aria-invalid')).toBe('false');
    expect(onAdopt).not.toHaveBeenCalled();
  });

  it('confirms the irreversible step, then adopts with the decision picked and the act', async () => {
    const onAdopt = vi.fn(() => Promise.resolve());
    const onClose = show(onAdopt);
    await screen.findByRole('option', { name: 'Seduta n. 4 del 10/12/2025 – Il Cantiere approva il piano' });
    fireEvent.change(field('Decisione nel verbale di seduta'), { target: { value: DECISION } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    expect(screen.getByRole('heading', { name: 'Confermare l’adozione?' })).toBeTruthy();
    expect(onAdopt).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Adotta il piano' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onAdopt).toHaveBeenCalledWith({ decisionId: DECISION, body: null, number: null, date: null });
  });

  it('brings the form back with the server’s field errors', async () => {
    const onAdopt = vi.fn(() =>
      Promise.reject(new ApiError(400, 'validation_failed', 'Some fields are not valid', [{ path: 'decisionId', message: 'unknown_decision' }])),
    );
    const onClose = show(onAdopt);
    await screen.findByRole('option', { name: /Il Cantiere approva il piano/ });
    fireEvent.change(field('Decisione nel verbale di seduta'), { target: { value: DECISION } });
    fireEvent.click(screen.getByRole('button', { name: 'Prosegui' }));
    fireEvent.click(screen.getByRole('button', { name: 'Adotta il piano' }));
    expect(await screen.findByText('Decisione non trovata tra quelle dei verbali di questo spazio')).toBeTruthy();
    expect(field('Decisione nel verbale di seduta').getAttribute('aria-invalid')).toBe('true');
    expect(onClose).not.toHaveBeenCalled();
  });
});

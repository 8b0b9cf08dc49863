import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConvocationDelivery } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { REFRESH_WHILE_PENDING_MS } from '../hooks/useConvocationDeliveries';
import { ConvocationDeliveries } from './ConvocationDeliveries';

const MEETING = '11111111-1111-4111-8111-111111111111';
const delivery = (id: string, recipientName: string, changes: Partial<ConvocationDelivery>): ConvocationDelivery => ({
  id,
  kind: 'convocation',
  recipientName,
  email: `${recipientName.split(' ')[0].toLowerCase()}@example.org`,
  state: 'sent',
  attempts: 1,
  lastError: null,
  queuedAt: '2030-03-01T09:00:00.000Z',
  updatedAt: '2030-03-01T09:00:05.000Z',
  sentAt: '2030-03-01T09:00:05.000Z',
  ...changes,
});
const failed = delivery('33333333-3333-4333-8333-333333333333', 'Giulia Rossi', {
  state: 'failed',
  attempts: 6,
  lastError: 'connect ECONNREFUSED 10.0.0.5:587',
  sentAt: null,
});
const listed = [delivery('22222222-2222-4222-8222-222222222222', 'Marco Bianchi', {}), failed];

function serve(responses: Record<string, ConvocationDelivery[] | ConvocationDelivery>) {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    const answer = responses[`${init?.method ?? 'GET'} ${url}`];
    const body = Array.isArray(answer) ? { items: answer, total: answer.length, page: 1, pageSize: Math.max(answer.length, 1) } : { delivery: answer };
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('ConvocationDeliveries', () => {
  afterEach(() => vi.unstubAllGlobals());
  const path = `/api/meetings/${MEETING}/convocation/deliveries`;

  it('lists each mail with its recipient, state, attempts and last error, and offers a retry of the failed ones only', async () => {
    serve({ [`GET ${path}`]: listed });
    render(<ConvocationDeliveries meetingId={MEETING} />, { wrapper: testQueryClient().wrapper });
    const table = await screen.findByRole('table', { name: 'Email della seduta, dalla più recente' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 4),
      ),
    ).toEqual([
      ['Convocazione', 'Consegnata', '1', ''],
      ['Convocazione', 'Non riuscita', '6', 'connect ECONNREFUSED 10.0.0.5:587'],
    ]);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('Giulia Rossigiulia@example.org');
    expect(screen.getByText(/1 consegnate, 0 in attesa, 1 non riuscite/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Riprova/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Riprova l’invio a Giulia Rossi']);
  });

  it('sends a failed mail again and says so', async () => {
    const fetchMock = serve({
      [`GET ${path}`]: listed,
      [`POST ${path}/${failed.id}/retry`]: { ...failed, state: 'queued' },
    });
    render(<ConvocationDeliveries meetingId={MEETING} />, { wrapper: testQueryClient().wrapper });
    fireEvent.click(await screen.findByRole('button', { name: 'Riprova l’invio a Giulia Rossi' }));
    expect(await screen.findByText('Invio a Giulia Rossi rimesso in coda.')).toBeTruthy();
    expect(screen.getByText('In coda')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Riprova/ })).toBeNull();
    expect(fetchMock.mock.calls.map(([url, init]) => `${init?.method} ${url}`)).toContain(`POST ${path}/${failed.id}/retry`);
  });

  it('asks again by itself while a mail waits, and stops once none does', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const answers = [[{ ...failed, state: 'queued' as const }], [{ ...failed, state: 'retrying' as const }], [failed]];
      const fetchMock = vi.fn(() => {
        const items = answers.length > 1 ? answers.shift()! : answers[0];
        return Promise.resolve(new Response(JSON.stringify({ items, total: 1, page: 1, pageSize: 1 }), { status: 200 }));
      });
      vi.stubGlobal('fetch', fetchMock);
      render(<ConvocationDeliveries meetingId={MEETING} />, { wrapper: testQueryClient().wrapper });
      expect(await screen.findByText('In coda')).toBeTruthy();
      await vi.advanceTimersByTimeAsync(REFRESH_WHILE_PENDING_MS);
      expect(await screen.findByText('Nuovo tentativo in programma')).toBeTruthy();
      await vi.advanceTimersByTimeAsync(REFRESH_WHILE_PENDING_MS);
      expect(await screen.findByText('Non riuscita')).toBeTruthy();
      await vi.advanceTimersByTimeAsync(REFRESH_WHILE_PENDING_MS * 3);
      expect(fetchMock).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when no mail was queued', async () => {
    serve({ [`GET ${path}`]: [] });
    render(<ConvocationDeliveries meetingId={MEETING} />, { wrapper: testQueryClient().wrapper });
    expect(await screen.findByText('Nessuna email in coda per questa seduta.')).toBeTruthy();
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../../../test-support/query';
import { AuditPanel } from './AuditPanel';

const update = {
  id: '2',
  at: '2026-03-02T09:00:00.000Z',
  actorId: '00000000-0000-4000-8000-000000000001',
  actorName: 'Laura Ferrari',
  action: 'organisation.update',
  entity: 'organisation',
  entityId: '00000000-0000-4000-8000-0000000000aa',
  before: { type: 'aps' },
  after: { type: 'odv', comuni: ['Cremona', 'Crema'] },
  details: {},
};
const bySystem = { ...update, id: '1', actorId: null, actorName: null, action: 'meeting.close', before: null, after: { status: 'closed' } };

function respond(body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
}

describe('AuditPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists who changed what, with the fields before and after, and pages through the trail', async () => {
    const fetchMock = vi.fn((url: string) =>
      respond(
        new URL(url, 'http://x').searchParams.get('page') === '2'
          ? { items: [bySystem], total: 26, page: 2, pageSize: 25 }
          : { items: [update], total: 26, page: 1, pageSize: 25 },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<AuditPanel />, { wrapper: testQueryClient().wrapper });

    const table = await screen.findByRole('table', { name: 'Voci del registro delle modifiche' });
    const [, row] = within(table).getAllByRole('row');
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1)).toEqual([
      'Laura Ferrari',
      'organisation.update',
      'organisation00000000-0000-4000-8000-0000000000aa',
      'type: aps',
      'type: odv\ncomuni: ["Cremona","Crema"]',
    ]);
    expect(screen.getByText('Pagina 1 di 2')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/audit?page=1&pageSize=25', expect.anything());

    fireEvent.click(screen.getByRole('button', { name: 'Successiva' }));
    expect(await screen.findByText('Sistema')).toBeTruthy();
    expect(screen.getByText('Pagina 2 di 2')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Successiva' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('filters by kind of record and days, and says so when nothing matches', async () => {
    const fetchMock = vi.fn((url: string) =>
      respond(url.includes('entity=') ? { items: [], total: 0, page: 1, pageSize: 25 } : { items: [update], total: 1, page: 1, pageSize: 25 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<AuditPanel />, { wrapper: testQueryClient().wrapper });
    await screen.findByRole('table');

    fireEvent.change(screen.getByLabelText('Tipo di oggetto'), { target: { value: 'meeting' } });
    fireEvent.change(screen.getByLabelText('Dal giorno'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('Al giorno'), { target: { value: '2026-03-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Applica i filtri' }));

    expect(await screen.findByText('Nessuna voce nel registro per questi filtri.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    const query = new URL(fetchMock.mock.calls.at(-1)![0], 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      page: '1',
      pageSize: '25',
      entity: 'meeting',
      from: new Date('2026-03-01T00:00:00').toISOString(),
      to: new Date('2026-03-03T00:00:00').toISOString(),
    });
  });
});

import { type ReactNode, useState } from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../../auth/AuthContext';
import { testQueryClient } from '../../../test-support/query';
import { AccountsPanel } from './AccountsPanel';

const admin = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'laura@comune.example',
  name: 'Laura Ferrari',
  role: 'admin',
  locale: 'it',
  createdAt: '2026-01-01T00:00:00.000Z',
  disabledAt: null,
};
const giulia: { disabledAt: string | null; [key: string]: unknown } = {
  id: '00000000-0000-4000-8000-000000000002',
  email: 'giulia@ilcerchio.example',
  name: 'Giulia Rossi',
  role: 'user',
  locale: 'it',
  createdAt: '2026-01-01T00:00:00.000Z',
  disabledAt: null,
};

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

// Each render gets a cache of its own, as each page load has.
function QueryWrapper({ children }: { children: ReactNode }) {
  const [{ wrapper: Wrapper }] = useState(testQueryClient);
  return <Wrapper>{children}</Wrapper>;
}

describe('AccountsPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('deactivates an account only after a confirmation, and offers to reactivate it', async () => {
    let current = { ...giulia };
    const fetchMock = vi.fn((url: string, init?: RequestInit) => {
      if (url === '/api/auth/me') return respond(200, { user: admin, organisation: null });
      if (url === '/api/users') return respond(200, { items: [admin, current], total: 2, page: 1, pageSize: 2 });
      if (url === `/api/users/${giulia.id}/deactivate` && init?.method === 'POST') {
        current = { ...giulia, disabledAt: '2026-03-02T10:00:00.000Z' };
        return respond(200, { user: current });
      }
      return respond(404, { error: { code: 'not_found', message: 'x' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryWrapper>
        <MemoryRouter>
          <AuthProvider>
            <AccountsPanel />
          </AuthProvider>
        </MemoryRouter>
      </QueryWrapper>,
    );

    const button = await screen.findByRole('button', { name: 'Disattiva: Giulia Rossi' });
    // No button on one's own row: an administrator cannot lock themselves out.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Disattiva: Laura Ferrari' })).toBeNull());
    fireEvent.click(button);
    const dialog = await screen.findByTestId('confirm-dialog');
    expect(dialog.textContent).toContain("Disattivare l'account?");
    expect(dialog.textContent).toContain(
      "Disattivare l'account di Giulia Rossi? Non potrà più accedere; le sue sessioni, i suoi token e i documenti aperti si chiuderanno subito.",
    );
    fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(fetchMock.mock.calls.some((c) => String(c[0]).endsWith('/deactivate'))).toBe(false);

    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('button', { name: 'Disattiva' }));
    expect(await screen.findByText('Account di Giulia Rossi disattivato.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Riattiva: Giulia Rossi' })).toBeTruthy();
    expect(screen.getByText(/^Disattivato dal /)).toBeTruthy();
  });
});

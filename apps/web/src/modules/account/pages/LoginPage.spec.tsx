import { type ReactNode, useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../../auth/AuthContext';
import { testQueryClient } from '../../../test-support/query';
import { LoginPage } from './LoginPage';

function respond(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

// Each render gets a cache of its own, as each page load has.
function QueryWrapper({ children }: { children: ReactNode }) {
  const [{ wrapper: Wrapper }] = useState(testQueryClient);
  return <Wrapper>{children}</Wrapper>;
}

describe('LoginPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the server refusal in an alert and stays on the form', async () => {
    const fetchMock = vi.fn((url: string) =>
      url === '/api/auth/me'
        ? respond(401, { error: { code: 'unauthorized', message: 'x' } })
        : respond(401, { error: { code: 'invalid_credentials', message: 'Email or password is not correct' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryWrapper>
        <MemoryRouter>
          <AuthProvider>
            <LoginPage />
          </AuthProvider>
        </MemoryRouter>
      </QueryWrapper>,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'giulia@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'sbagliata' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    // The form's schema arrives with the first submit here (the page fetches it when the form is focused).
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveProperty('textContent', 'Email o password non corretti.');
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/login', expect.objectContaining({ method: 'POST' }));
  });

  it('says that a deactivated account was deactivated, not that the password is wrong', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        url === '/api/auth/me'
          ? respond(401, { error: { code: 'unauthorized', message: 'x' } })
          : respond(403, { error: { code: 'account_disabled', message: 'This account was deactivated by an administrator' } }),
      ),
    );
    render(
      <QueryWrapper>
        <MemoryRouter>
          <AuthProvider>
            <LoginPage />
          </AuthProvider>
        </MemoryRouter>
      </QueryWrapper>,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'giulia@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'quella giusta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      "Questo account è stato disattivato. Per informazioni rivolgiti all'Ufficio di Piano.",
    );
  });

  it('checks the fields before calling the server', async () => {
    const fetchMock = vi.fn(() => respond(401, { error: { code: 'unauthorized', message: 'x' } }));
    vi.stubGlobal('fetch', fetchMock);
    render(
      <QueryWrapper>
        <MemoryRouter>
          <AuthProvider>
            <LoginPage />
          </AuthProvider>
        </MemoryRouter>
      </QueryWrapper>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Accedi' }));
    expect(await screen.findByText('Indirizzo email non valido')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.mock.calls.filter((c) => (c as unknown[])[0] === '/api/auth/login')).toHaveLength(0);
  });
});

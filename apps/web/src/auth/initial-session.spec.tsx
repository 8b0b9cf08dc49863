import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../test-support/query';
import { AuthProvider, seedSession, useAuth } from './AuthContext';
import { takeInitialSession } from './initial-session';

const me = {
  user: { id: 'u1', email: 'anna@ilcerchio.example', name: 'Anna Neri', role: 'user' as const, locale: 'it' as const, createdAt: '2026-01-01T00:00:00.000Z' },
  organisation: 'Il Cerchio',
};

/** A page as the server writes it, with its session data block. */
function pageWith(data: string): Document {
  const doc = document.implementation.createHTMLDocument('Cantiere');
  doc.head.innerHTML = `<script type="application/json" id="cantiere-session">${data}</script>`;
  return doc;
}

describe('takeInitialSession', () => {
  it('reads who is logged in from the page once, or nobody', () => {
    const doc = pageWith(JSON.stringify(me));
    expect(takeInitialSession(doc)).toEqual(me);
    expect(takeInitialSession(doc)).toBeUndefined();
    expect(takeInitialSession(pageWith('null'))).toBeNull();
  });

  it('leaves the question open when the page does not say or says it badly', () => {
    expect(takeInitialSession(document.implementation.createHTMLDocument('x'))).toBeUndefined();
    expect(takeInitialSession(pageWith('{"user"'))).toBeUndefined();
    expect(takeInitialSession(pageWith('42'))).toBeUndefined();
  });
});

function Who() {
  const { user, organisation, loading } = useAuth();
  return <p>{loading ? 'loading' : user ? `${user.name} (${organisation})` : 'nobody'}</p>;
}

describe('seedSession', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the known session at the first render without asking the server', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { client, wrapper: Wrapper } = testQueryClient();
    seedSession(client, me);
    render(
      <Wrapper>
        <AuthProvider>
          <Who />
        </AuthProvider>
      </Wrapper>,
    );
    expect(screen.getByText('Anna Neri (Il Cerchio)')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('asks the server when the page did not say', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(me), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const { client, wrapper: Wrapper } = testQueryClient();
    seedSession(client, undefined);
    render(
      <Wrapper>
        <AuthProvider>
          <Who />
        </AuthProvider>
      </Wrapper>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Anna Neri (Il Cerchio)')).toBeTruthy());
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/me', expect.anything());
  });
});

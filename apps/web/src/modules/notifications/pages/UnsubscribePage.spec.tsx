import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../../../test-support/query';

// The API answers by token: `good` is a valid link, `gone` an unknown one; `down` stands for an unreachable server.
const server = vi.hoisted(() => ({ done: false, down: false }));
vi.mock('../../../api/client', async (original) => {
  const actual = await original<typeof import('../../../api/client')>();
  return {
    ...actual,
    call: async ({ method }: { method: string }, input: { params: { token: string } }) => {
      if (server.down) throw new actual.ApiError(0, 'network', 'offline');
      if (input.params.token !== 'good') throw new actual.ApiError(404, 'not_found', 'Not found');
      if (method === 'POST') server.done = true;
      return { unsubscribe: { kind: 'meeting_convened', label: 'Convocazioni', done: server.done } };
    },
  };
});
import { UnsubscribePage } from './UnsubscribePage';

function renderAt(token: string) {
  return render(
    <MemoryRouter initialEntries={[`/disiscrizione/${token}`]}>
      <Routes>
        <Route path="/disiscrizione/:token" element={<UnsubscribePage />} />
      </Routes>
    </MemoryRouter>,
    { wrapper: testQueryClient().wrapper },
  );
}

describe('UnsubscribePage', () => {
  beforeEach(() => {
    server.done = false;
    server.down = false;
  });

  it('asks once, then says the mails stopped', async () => {
    renderAt('good');
    expect(await screen.findByText(/Non vuoi più ricevere email per «Convocazioni»/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Non inviarmele più' }));
    expect(await screen.findByText(/Fatto: non riceverai più email per «Convocazioni»/)).toBeTruthy();
    expect(server.done).toBe(true);
    expect(screen.queryByRole('button', { name: 'Non inviarmele più' })).toBeNull();
  });

  it('says an unknown link is not valid', async () => {
    renderAt('gone');
    expect(await screen.findByText('Il collegamento non è valido.')).toBeTruthy();
    expect(screen.queryByTestId('query-error')).toBeNull();
  });

  it('tells an unreachable server from a wrong link, and asks again on request', async () => {
    server.down = true;
    renderAt('good');
    const alert = await screen.findByTestId('query-error');
    expect(screen.queryByText('Il collegamento non è valido.')).toBeNull();
    server.down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(await screen.findByText(/Non vuoi più ricevere email per «Convocazioni»/)).toBeTruthy();
    expect(alert.isConnected).toBe(false);
  });
});

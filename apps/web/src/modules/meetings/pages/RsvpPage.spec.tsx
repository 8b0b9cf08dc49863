import { type ReactNode, useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RsvpView } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { RsvpPage } from './RsvpPage';

const view = (documentPath: string | null): RsvpView => ({
  meetingTitle: 'Buoni spesa: criteri del nuovo avviso',
  spaceName: 'Tavolo povertà alimentare',
  startsAt: '2030-03-12T15:00:00.000Z',
  endsAt: '2030-03-12T17:00:00.000Z',
  place: 'Sala Zanoni',
  onlineUrl: null,
  personName: 'Giulia Bianchi',
  organisationName: 'Caritas',
  response: null,
  delegateName: null,
  cancelled: false,
  agenda: [
    {
      position: 1,
      title: 'Comunicazioni',
      description: null,
      kind: 'information',
      plannedMinutes: 5,
      presenterName: null,
      presenterOrganisationName: null,
      documents: [],
    },
    {
      position: 2,
      title: 'Criteri di accesso',
      description: 'Soglia ISEE e priorità.',
      kind: 'decision',
      plannedMinutes: 45,
      presenterName: 'Anna Verdi',
      presenterOrganisationName: 'ACLI',
      documents: [{ title: 'Bozza dei criteri', path: documentPath }],
    },
  ],
});

function renderWith(body: RsvpView) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify({ rsvp: body }), { status: 200, headers: { 'content-type': 'application/json' } }))),
  );
  render(
    <QueryWrapper>
      <MemoryRouter initialEntries={['/risposta/abcdefghijklmnopqrstuvwxyz']}>
        <Routes>
          <Route path="/risposta/:token" element={<RsvpPage />} />
        </Routes>
      </MemoryRouter>
    </QueryWrapper>,
  );
}

// Each render gets a cache of its own, as each page load has.
function QueryWrapper({ children }: { children: ReactNode }) {
  const [{ wrapper: Wrapper }] = useState(testQueryClient);
  return <Wrapper>{children}</Wrapper>;
}

describe('RsvpPage agenda', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the ordine del giorno with kind, planned minutes, description and linked documents', async () => {
    renderWith(view('/documenti/7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77'));
    const agenda = await screen.findByTestId('rsvp-agenda');
    const items = within(agenda)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === agenda);
    expect(items.map((li) => li.querySelector('.fw-semibold')?.textContent)).toEqual(['Comunicazioni', 'Criteri di accesso']);
    expect(items[0].textContent).toContain('Informazione · 5 min');
    expect(items[1].textContent).toContain('Decisione · 45 min');
    expect(items[1].textContent).toContain('Relatore: Anna Verdi (ACLI)');
    expect(items[1].textContent).toContain('Soglia ISEE e priorità.');
    expect(within(items[1]).getByRole('link', { name: 'Bozza dei criteri' }).getAttribute('href')).toBe('/documenti/7b0d3c1e-59f4-4c5a-9d1e-0a6f2e1b9c77');
    expect(screen.queryByText(/si consultano nel Cantiere con un account/)).toBeNull();
  });

  it('gives the title without a link, and says why, when the person has no account', async () => {
    renderWith(view(null));
    const agenda = await screen.findByTestId('rsvp-agenda');
    expect(within(agenda).getByText('Bozza dei criteri').tagName).toBe('LI');
    expect(within(agenda).queryByRole('link')).toBeNull();
    expect(screen.getByText(/si consultano nel Cantiere con un account/)).toBeTruthy();
  });
});

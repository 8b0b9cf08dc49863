import { act, fireEvent, render, screen } from '@testing-library/react';
import { ReactNode, useState } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentTitle } from './DocumentTitle';

const SITE = 'Cantiere Welfare Inclusione sociale';
let rename: (name: string | null) => void = () => undefined;

/** A page whose main heading arrives with its data and can change, as the meeting and plan pages' do. */
function Page({ greeting }: { greeting?: string }) {
  const [name, setName] = useState<string | null>(null);
  rename = setName;
  return (
    <main>
      <p>Caricamento…</p>
      {name && <h1 data-title={greeting}>{name}</h1>}
      <section>
        <h2>Ordine del giorno</h2>
        <Link to="/spazi">Tutti gli spazi</Link>
      </section>
    </main>
  );
}

const inRouter = (ui: ReactNode) => render(<MemoryRouter initialEntries={['/']}>{ui}</MemoryRouter>);

describe('DocumentTitle', () => {
  afterEach(() => {
    document.title = '';
  });

  it('names the workspace until the page has a heading, then the page and the workspace, following the heading', async () => {
    inRouter(
      <>
        <DocumentTitle />
        <Page />
      </>,
    );
    expect(document.title).toBe(SITE);
    await act(async () => rename('Seduta n. 2/2026 – Avviso   buoni spesa'));
    expect(document.title).toBe(`Seduta n. 2/2026 – Avviso buoni spesa – ${SITE}`);
    await act(async () => rename('Seduta n. 2/2026 – Avviso definitivo'));
    expect(document.title).toBe(`Seduta n. 2/2026 – Avviso definitivo – ${SITE}`);
  });

  it('takes the heading’s data-title when the heading greets rather than names the page', async () => {
    inRouter(
      <>
        <DocumentTitle />
        <Page greeting="Home" />
      </>,
    );
    await act(async () => rename('Benvenuta, Giulia Rossi'));
    expect(document.title).toBe(`Home – ${SITE}`);
  });

  it('is the workspace alone on a page without a heading', () => {
    inRouter(
      <>
        <DocumentTitle />
        <main>
          <p>Caricamento…</p>
        </main>
      </>,
    );
    expect(document.title).toBe(SITE);
  });

  it('announces the new page’s name when a link inside the workspace changes the page, not the first page', async () => {
    render(
      <MemoryRouter initialEntries={['/spazi']}>
        <DocumentTitle />
        <Routes>
          <Route
            path="/spazi"
            element={
              <main>
                <h1>Spazi</h1>
                <Link to="/spazi/1">Tavolo Povertà alimentare</Link>
              </main>
            }
          />
          <Route path="/spazi/1" element={<Page />} />
        </Routes>
      </MemoryRouter>,
    );
    const announcer = screen.getByTestId('page-announcer');
    expect(announcer.getAttribute('role')).toBe('status');
    expect(document.title).toBe(`Spazi – ${SITE}`);
    expect(announcer.textContent).toBe('');
    fireEvent.click(screen.getByRole('link', { name: 'Tavolo Povertà alimentare' }));
    // The new page is loading: nothing to announce until it names itself.
    await act(async () => undefined);
    expect(document.title).toBe(SITE);
    expect(announcer.textContent).toBe('');
    await act(async () => rename('Tavolo Povertà alimentare'));
    expect(announcer.textContent).toBe('Tavolo Povertà alimentare');
    expect(document.title).toBe(`Tavolo Povertà alimentare – ${SITE}`);
    // A later change of the same page's heading is its title's, not a new page to announce.
    await act(async () => rename('Tavolo Povertà alimentare e mense'));
    expect(document.title).toBe(`Tavolo Povertà alimentare e mense – ${SITE}`);
    expect(announcer.textContent).toBe('Tavolo Povertà alimentare');
    // A page drawn with its heading at once, in the same step as the address: announced as well.
    fireEvent.click(screen.getByRole('link', { name: 'Tutti gli spazi' }));
    await act(async () => undefined);
    expect(document.title).toBe(`Spazi – ${SITE}`);
    expect(announcer.textContent).toBe('Spazi');
  });
});

import { act, render } from '@testing-library/react';
import { useState } from 'react';
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
      </section>
    </main>
  );
}

describe('DocumentTitle', () => {
  afterEach(() => {
    document.title = '';
  });

  it('names the workspace until the page has a heading, then the page and the workspace, following the heading', async () => {
    render(
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
    render(
      <>
        <DocumentTitle />
        <Page greeting="Home" />
      </>,
    );
    await act(async () => rename('Benvenuta, Giulia Rossi'));
    expect(document.title).toBe(`Home – ${SITE}`);
  });

  it('is the workspace alone on a page without a heading', () => {
    render(
      <>
        <DocumentTitle />
        <main>
          <p>Caricamento…</p>
        </main>
      </>,
    );
    expect(document.title).toBe(SITE);
  });
});

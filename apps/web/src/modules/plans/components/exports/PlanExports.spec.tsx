import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testQueryClient } from '../../../../test-support/query';
import { PlanExports } from './PlanExports';

const PLAN = '6b6b6b6b-6b6b-4b6b-8b6b-6b6b6b6b6b6b';
const plan = { id: PLAN, startYear: 2025, endYear: 2027 };

/** Answers the export routes with a file, or with `failWith` as an error; `hold` keeps an answer pending. */
function serve(options: { failWith?: number; hold?: Promise<void> } = {}) {
  const fetchMock = vi.fn(async (url: string) => {
    await options.hold;
    if (options.failWith) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'Plan not found' } }), { status: options.failWith });
    const name = url.split('/').pop()!.split('?')[0];
    return new Response(new Blob(['PK']), { status: 200, headers: { 'content-disposition': `attachment; filename="piano-${name}"` } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the plan’s export group', () => {
  let clicked: string[];
  const { createObjectURL, revokeObjectURL } = URL;
  beforeEach(() => {
    clicked = [];
    // jsdom has no object URLs: the blob is handed to a link whose click is recorded instead of followed.
    URL.createObjectURL = vi.fn(() => 'blob:export');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => {
    cleanup();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('downloads each export under the name the server gives, the monitoring report for the chosen year, and says when it is ready', async () => {
    const fetchMock = serve();
    render(<PlanExports plan={plan} />, { wrapper: testQueryClient().wrapper });
    const group = screen.getByRole('group', { name: 'Esportazioni del piano' });
    expect(screen.getByRole('region', { name: 'Esporta' })).toBeTruthy();
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2025', '2026', '2027']);

    fireEvent.click(within(group).getByRole('button', { name: 'Sezione Piano di Zona (DOCX)' }));
    await screen.findByText('Scaricato: Sezione Piano di Zona (DOCX).');
    fireEvent.change(within(group).getByLabelText('Anno del rapporto'), { target: { value: '2025' } });
    fireEvent.click(within(group).getByRole('button', { name: 'Rapporto di monitoraggio (DOCX)' }));
    await screen.findByText('Scaricato: Rapporto di monitoraggio (DOCX).');
    fireEvent.click(within(group).getByRole('button', { name: 'Dati aperti (CSV)' }));
    await screen.findByText('Scaricato: Dati aperti (CSV).');
    fireEvent.click(within(group).getByRole('button', { name: 'Dati aperti (JSON)' }));
    await screen.findByText('Scaricato: Dati aperti (JSON).');

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      `/api/plans/${PLAN}/export.docx`,
      `/api/plans/${PLAN}/monitoring-report.docx?year=2025`,
      `/api/plans/${PLAN}/export.csv`,
      `/api/plans/${PLAN}/export.json`,
    ]);
    expect(clicked).toEqual(['piano-export.docx', 'piano-monitoring-report.docx', 'piano-export.csv', 'piano-export.json']);
  });

  it('shows that a long export is being prepared, with every button held until it ends', async () => {
    let release = () => {};
    serve({ hold: new Promise<void>((r) => (release = r)) });
    render(<PlanExports plan={plan} />, { wrapper: testQueryClient().wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Sezione Piano di Zona (DOCX)' }));
    await screen.findByText('Preparazione in corso: Sezione Piano di Zona (DOCX)…');
    expect(screen.getByRole('button', { name: 'Sezione Piano di Zona (DOCX)' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('button').map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, true, true, true]);
    release();
    await screen.findByText('Scaricato: Sezione Piano di Zona (DOCX).');
    expect(screen.getAllByRole('button').map((b) => (b as HTMLButtonElement).disabled)).toEqual([false, false, false, false]);
  });

  it('says so when an export fails, and downloads nothing', async () => {
    serve({ failWith: 404 });
    render(<PlanExports plan={plan} />, { wrapper: testQueryClient().wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Dati aperti (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Non è stato possibile preparare «Dati aperti (CSV)». Riprovi tra poco.');
    expect(clicked).toEqual([]);
  });
});

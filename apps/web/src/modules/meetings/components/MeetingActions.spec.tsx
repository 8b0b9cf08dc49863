import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConvocationPreview, Meeting } from '@cantiere/domain';
import { MeetingActions } from './MeetingActions';

const base: Meeting = {
  id: '11111111-1111-4111-8111-111111111111',
  spaceId: '22222222-2222-4222-8222-222222222222',
  spaceName: 'Tavolo povertà',
  number: 3,
  year: 2030,
  title: 'Seduta',
  kind: 'thematic_table',
  status: 'draft',
  startsAt: '2030-03-12T15:00:00.000Z',
  endsAt: '2030-03-12T17:00:00.000Z',
  place: null,
  onlineUrl: null,
  convocationNote: null,
  chairPersonId: null,
  chairName: null,
  minuteTakerPersonId: null,
  minuteTakerName: null,
  convenedAt: null,
  startedAt: null,
  closedAt: null,
  minutesStatus: 'draft',
  reviewUntil: null,
  minutesHash: null,
  minutesApprovedAt: null,
  approvedAtMeetingId: null,
  run: { currentItemId: null, itemStartedAt: null, serverNow: '2030-03-12T15:10:00.000Z' },
  can: { 'meeting.manage': true, 'minutes.approve': true },
  transitions: [],
};

const preview: ConvocationPreview = {
  subject: 'Annullata – Tavolo povertà, seduta n. 3/2030 del 12/03/2030',
  text: 'Gentile Giulia Bianchi,\n\nla seduta indicata di seguito è stata annullata.',
  recipients: [
    { name: 'Giulia Bianchi', organisationName: 'Caritas', email: 'giulia@caritas.example' },
    { name: 'Luca Neri', organisationName: 'Comune', email: 'luca@comune.example' },
  ],
  withoutEmail: [],
};

const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));

function serve(meeting: Meeting) {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    if (url === `/api/meetings/${meeting.id}/convocation/preview?kind=cancellation`) return json({ convocation: preview });
    if (url === `/api/meetings/${meeting.id}/transitions` && init?.method === 'POST') return json({ meeting: { ...meeting, status: 'cancelled' } });
    return Promise.resolve(new Response(JSON.stringify({ error: { code: 'not_found', message: 'x' } }), { status: 404 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  const onChange = vi.fn();
  render(
    <MemoryRouter>
      <MeetingActions meeting={meeting} onChange={onChange} />
    </MemoryRouter>,
  );
  return { fetchMock, onChange };
}

const transitionsSent = (fetchMock: ReturnType<typeof serve>['fetchMock']) =>
  fetchMock.mock.calls.filter(([url]) => url.endsWith('/transitions')).map(([, init]) => JSON.parse(String(init?.body)));

describe('MeetingActions: cancelling', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('tells the facilitator that a meeting never convened tells no one, and sends the reason given', async () => {
    const { fetchMock, onChange } = serve(base);
    fireEvent.click(screen.getByRole('button', { name: 'Annulla la seduta' }));
    const dialog = await screen.findByTestId('confirm-cancel');
    expect(dialog.textContent).toContain('nessuno riceverà comunicazioni');
    expect(screen.queryByTestId('preview-recipients')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Torna indietro' }));
    expect(screen.queryByTestId('confirm-cancel')).toBeNull();
    expect(transitionsSent(fetchMock)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Annulla la seduta' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Motivo (facoltativo)' }), { target: { value: ' Sala non disponibile ' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Annulla la seduta' }).at(-1)!);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(transitionsSent(fetchMock)).toEqual([{ transition: 'cancel', reason: 'Sala non disponibile' }]);
  });

  it('shows a convened meeting’s cancellation mail and everyone it goes to before sending it', async () => {
    const { fetchMock, onChange } = serve({ ...base, status: 'convened', convenedAt: '2030-03-01T09:00:00.000Z' });
    fireEvent.click(screen.getByRole('button', { name: 'Annulla la seduta' }));
    await screen.findByTestId('cancellation-preview');
    expect(screen.getByTestId('preview-subject').textContent).toBe(preview.subject);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Giulia Bianchi (Caritas) – giulia@caritas.example',
      'Luca Neri (Comune) – luca@comune.example',
    ]);
    expect(screen.getByTestId('cancellation-preview').textContent).toContain('a 2 destinatari');
    fireEvent.click(screen.getByRole('button', { name: 'Annulla la seduta e avvisa 2 destinatari' }));
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(transitionsSent(fetchMock)).toEqual([{ transition: 'cancel' }]);
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Space } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';
import { MembershipEditor } from './MembershipEditor';

const SPACE_ID = '00000000-0000-4000-8000-00000000000a';
const ORG_ID = '00000000-0000-4000-8000-00000000000b';
const PERSON_ID = '00000000-0000-4000-8000-00000000000c';
const MEMBER_ID = '00000000-0000-4000-8000-00000000000d';
const space = { id: SPACE_ID, name: 'Tavolo Povertà alimentare', archivedAt: null, can: { 'space.manage': true } } as unknown as Space;
const member = {
  id: MEMBER_ID,
  spaceId: SPACE_ID,
  organisationId: ORG_ID,
  organisationName: 'Il Cerchio',
  personId: PERSON_ID,
  personName: 'Giulia Rossi',
  role: 'member',
  representation: 'titular',
  joinedOn: '2026-01-10',
  leftOn: null,
};

const respond = (status: number, body: unknown) =>
  Promise.resolve(new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

/** The API of one space with one representative; `answers` overrides a request's answer by method and path. */
function stubApi(answers: Record<string, () => Promise<Response>> = {}) {
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    if (answers[key]) return answers[key]();
    if (url.startsWith(`/api/spaces/${SPACE_ID}/members`)) return respond(200, { items: [member], total: 1, page: 1, pageSize: 1 });
    if (url.startsWith('/api/organisations')) return respond(200, { items: [{ id: ORG_ID, name: 'Il Cerchio' }], total: 1, page: 1, pageSize: 200 });
    if (url.startsWith('/api/people')) return respond(200, { items: [{ id: PERSON_ID, fullName: 'Giulia Rossi' }], total: 1, page: 1, pageSize: 200 });
    return respond(404, { error: { code: 'not_found', message: 'x' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderEditor() {
  const { wrapper: Wrapper } = testQueryClient();
  render(
    <Wrapper>
      <MembershipEditor space={space} />
    </Wrapper>,
  );
}

const asked = (fetchMock: ReturnType<typeof stubApi>, prefix: string) => fetchMock.mock.calls.some(([url]) => String(url).startsWith(prefix));

describe('MembershipEditor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the list of organisations only when a manager opens the form, then adds the representative', async () => {
    const added = vi.fn(() => respond(201, { member }));
    const fetchMock = stubApi({ [`POST /api/spaces/${SPACE_ID}/members`]: added });
    renderEditor();
    expect(await screen.findByRole('cell', { name: 'Giulia Rossi' })).toBeTruthy();
    expect(asked(fetchMock, '/api/organisations')).toBe(false);
    expect(screen.queryByLabelText('Organizzazione')).toBeNull();

    const summary = screen.getByText('Aggiungi rappresentante');
    const details = summary.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const organisation = await screen.findByLabelText('Organizzazione');
    await screen.findByRole('option', { name: 'Il Cerchio' });
    expect(asked(fetchMock, '/api/organisations?pageSize=200')).toBe(true);

    fireEvent.change(organisation, { target: { value: ORG_ID } });
    await screen.findByRole('option', { name: 'Giulia Rossi' });
    fireEvent.change(screen.getByLabelText('Persona'), { target: { value: PERSON_ID } });
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    expect(await screen.findByText('Rappresentante aggiunto.')).toBeTruthy();
    expect(added).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')![1]!.body))).toEqual({
      organisationId: ORG_ID,
      personId: PERSON_ID,
      role: 'member',
      representation: 'titular',
    });
  });

  it('says why a change of role was refused instead of failing silently', async () => {
    stubApi({
      [`PATCH /api/spaces/${SPACE_ID}/members/${MEMBER_ID}`]: () => respond(403, { error: { code: 'forbidden', message: 'Non puoi.' } }),
    });
    renderEditor();
    const role = await screen.findByLabelText('Ruolo: Giulia Rossi');
    fireEvent.change(role, { target: { value: 'facilitator' } });
    expect(await screen.findByText('Non hai i permessi per questa operazione.')).toBeTruthy();
  });
});

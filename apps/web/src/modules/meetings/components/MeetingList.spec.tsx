import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { Meeting } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';

const asked = vi.hoisted(() => [] as string[]);
// The route table's calls are answered here, by the route's path.
vi.mock('../../../api/client', () => ({
  call: async ({ path }: { path: string }, { params }: { params: { id: string } }) => {
    const answers: Record<string, [string, unknown]> = {
      '/api/meetings/:id': ['meeting', { meeting: { id: params.id } }],
      '/api/meetings/:id/agenda-items': ['agenda', { agenda: { items: [] } }],
      '/api/meetings/:id/attendance': ['attendance', { attendance: { entries: [] } }],
    };
    const [name, answer] = answers[path];
    asked.push(`${name} ${params.id}`);
    return answer;
  },
}));
import { MeetingList } from './MeetingList';

const meeting = { id: 'm1', number: 4, year: 2030, title: 'Seduta', startsAt: '2030-03-12T15:00:00.000Z', status: 'convened', spaceName: 'Tavolo' } as Meeting;

describe('MeetingList', () => {
  it('starts fetching a meeting’s page data when its link is pointed at or focused, once', async () => {
    const { client, wrapper: Wrapper } = testQueryClient();
    render(
      <Wrapper>
        <MemoryRouter>
          <MeetingList meetings={[meeting]} empty="Nessuna" />
        </MemoryRouter>
      </Wrapper>,
    );
    const link = screen.getByRole('link', { name: 'Seduta n. 4/2030 – Seduta' });
    expect(asked).toEqual([]);
    fireEvent.mouseEnter(link);
    await vi.waitFor(() => expect(asked.sort()).toEqual(['agenda m1', 'attendance m1', 'meeting m1']));
    fireEvent.focus(link);
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(asked).toHaveLength(3);
  });
});

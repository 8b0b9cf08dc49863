import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationItem } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';

// A fake live channel: the test announces events as the server would; the API answers from what the test set.
const channel = vi.hoisted(() => ({ listeners: [] as ((unread: number | null) => void)[], closed: 0 }));
vi.mock('../notifications-channel', () => ({
  openNotificationsChannel: (onUnread: (unread: number | null) => void) => {
    channel.listeners.push(onUnread);
    return () => channel.closed++;
  },
}));
const server = vi.hoisted(() => ({ items: [] as NotificationItem[], fail: false, calls: [] as string[] }));
vi.mock('../../../api/client', async (original) => {
  const actual = await original<typeof import('../../../api/client')>();
  const unread = () => server.items.filter((n) => !n.readAt).length;
  const answers: Record<string, (params?: { id: string }) => unknown> = {
    'GET /api/notifications': () => {
      if (server.fail) throw new actual.ApiError(500, 'internal', 'boom');
      return { items: server.items.map((n) => ({ ...n })), total: server.items.length, page: 1, pageSize: 100 };
    },
    'GET /api/notifications/unread-count': () => ({ unread: unread() }),
    'POST /api/notifications/:id/read': (params) => {
      server.items = server.items.map((n) => (n.id === params!.id ? { ...n, readAt: '2026-03-02T10:00:00.000Z' } : n));
    },
    'POST /api/notifications/read-all': () => {
      server.items = server.items.map((n) => ({ ...n, readAt: n.readAt ?? '2026-03-02T10:00:00.000Z' }));
    },
  };
  return {
    ...actual,
    call: async ({ method, path }: { method: string; path: string }, input?: { params?: { id: string } }) => {
      server.calls.push(`${method} ${path}`);
      return answers[`${method} ${path}`](input?.params);
    },
  };
});
import { NotificationBell } from '../NotificationBell';
import { NotificationsPage } from './NotificationsPage';

const item = (id: string, title: string): NotificationItem => ({
  id,
  kind: 'meeting_convened',
  title,
  body: '',
  link: `/sedute/${id}`,
  createdAt: '2026-03-02T09:00:00.000Z',
  readAt: null,
});

function renderCentre() {
  const { wrapper } = testQueryClient();
  return render(
    <MemoryRouter>
      <NotificationBell />
      <NotificationsPage />
    </MemoryRouter>,
    { wrapper },
  );
}

const bell = () => screen.getByTestId('notification-bell');
const countOf = (name: string) => server.calls.filter((c) => c === name).length;

describe('NotificationBell and NotificationsPage', () => {
  beforeEach(() => {
    channel.listeners = [];
    channel.closed = 0;
    server.items = [item('00000000-0000-4000-8000-000000000001', 'Prima'), item('00000000-0000-4000-8000-000000000002', 'Seconda')];
    server.fail = false;
    server.calls = [];
  });

  it('marks one read, then all: the list and the bell show it', async () => {
    renderCentre();
    const list = await screen.findByTestId('notifications-list');
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifiche, da leggere: 2'));
    expect(screen.getByTestId('notification-count').textContent).toBe('2');

    fireEvent.click(within(list).getByRole('button', { name: 'Segna come letta: Prima' }));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifiche, da leggere: 1'));
    expect(within(list).queryByRole('button', { name: 'Segna come letta: Prima' })).toBeNull();
    expect(within(list).getByRole('button', { name: 'Segna come letta: Seconda' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Segna tutte come lette' }));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifiche'));
    expect(screen.queryByTestId('notification-count')).toBeNull();
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect((screen.getByRole('button', { name: 'Segna tutte come lette' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a new notification announced on the live channel in the list and the bell', async () => {
    renderCentre();
    await screen.findByTestId('notifications-list');
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('2'));
    // The channel opens once the browser is idle, after the first render.
    await waitFor(() => expect(channel.listeners.length).toBeGreaterThan(0));
    const unreadCounts = countOf('GET /api/notifications/unread-count');

    server.items = [item('00000000-0000-4000-8000-000000000003', 'Terza'), ...server.items];
    act(() => channel.listeners.forEach((l) => l(3)));

    expect(await screen.findByRole('link', { name: 'Terza' })).toBeTruthy();
    expect(screen.getByTestId('notification-count').textContent).toBe('3');
    // The count came with the event: not asked for again.
    expect(countOf('GET /api/notifications/unread-count')).toBe(unreadCounts);
  });

  it('asks for the count and the list again after a reconnection', async () => {
    renderCentre();
    await screen.findByTestId('notifications-list');
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toBe('2'));
    await waitFor(() => expect(channel.listeners.length).toBeGreaterThan(0));

    server.items = server.items.map((n) => ({ ...n, readAt: '2026-03-02T10:00:00.000Z' }));
    act(() => channel.listeners.forEach((l) => l(null)));

    await waitFor(() => expect(screen.queryByTestId('notification-count')).toBeNull());
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Segna come letta/ })).toEqual([]));
  });

  it('says when the list failed to load, and loads it again on request', async () => {
    server.fail = true;
    renderCentre();
    const alert = await screen.findByTestId('query-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.queryByTestId('notifications-list')).toBeNull();

    server.fail = false;
    fireEvent.click(within(alert).getByRole('button'));
    expect(await screen.findByTestId('notifications-list')).toBeTruthy();
    expect(screen.queryByTestId('query-error')).toBeNull();
  });

  it('opens the live channel only once the browser is idle after the first render', async () => {
    renderCentre();
    expect(channel.listeners).toHaveLength(0);
    await screen.findByTestId('notifications-list');
    await waitFor(() => expect(channel.listeners.length).toBeGreaterThan(0));
  });

  it('closes the live channel when the page goes away', async () => {
    const { unmount } = renderCentre();
    await screen.findByTestId('notifications-list');
    await waitFor(() => expect(channel.listeners.length).toBeGreaterThan(0));
    const opened = channel.listeners.length;
    unmount();
    expect(channel.closed).toBe(opened);
  });
});

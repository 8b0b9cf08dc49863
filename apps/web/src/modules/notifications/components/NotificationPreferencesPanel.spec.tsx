import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotificationPreferences } from '@cantiere/domain';
import { testQueryClient } from '../../../test-support/query';

// The API answers from what the test set; a PUT merges its body as the server does.
const server = vi.hoisted(() => ({
  prefs: { digestHour: 7, kinds: [] } as NotificationPreferences,
  failLoad: false,
  failSave: false,
  bodies: [] as unknown[],
}));
vi.mock('../../../api/client', async (original) => {
  const actual = await original<typeof import('../../../api/client')>();
  return {
    ...actual,
    call: async ({ method }: { method: string }, input?: { body?: { digestHour?: number; kinds?: { kind: string; channel: string }[] } }) => {
      if (method === 'GET') {
        if (server.failLoad) throw new actual.ApiError(0, 'network', 'offline');
        return { preferences: server.prefs };
      }
      if (server.failSave) throw new actual.ApiError(400, 'validation', 'Valore non ammesso');
      const body = input!.body!;
      server.bodies.push(body);
      server.prefs = {
        digestHour: body.digestHour ?? server.prefs.digestHour,
        kinds: server.prefs.kinds.map((k) => ({ ...k, channel: (body.kinds?.find((c) => c.kind === k.kind)?.channel ?? k.channel) as typeof k.channel })),
      };
      return { preferences: server.prefs };
    },
  };
});
import { NotificationPreferencesPanel } from './NotificationPreferencesPanel';

describe('NotificationPreferencesPanel', () => {
  beforeEach(() => {
    server.prefs = { digestHour: 7, kinds: [{ kind: 'meeting_convened', label: 'Convocazioni', channel: 'immediate' }] };
    server.failLoad = false;
    server.failSave = false;
    server.bodies = [];
  });

  it('saves a change of channel or hour and shows the saved preferences', async () => {
    render(<NotificationPreferencesPanel />, { wrapper: testQueryClient().wrapper });
    const digest = (await screen.findByRole('radio', { name: 'Email per «Convocazioni»: Nel riepilogo giornaliero' })) as HTMLInputElement;
    expect(digest.checked).toBe(false);

    fireEvent.click(digest);
    expect(await screen.findByText('Salvato.')).toBeTruthy();
    expect(server.bodies).toEqual([{ kinds: [{ kind: 'meeting_convened', channel: 'digest' }] }]);
    expect((screen.getByRole('radio', { name: 'Email per «Convocazioni»: Nel riepilogo giornaliero' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(screen.getByLabelText('Ora del riepilogo giornaliero (ora italiana)'), { target: { value: '18' } });
    await vi.waitFor(() => expect((screen.getByLabelText('Ora del riepilogo giornaliero (ora italiana)') as HTMLSelectElement).value).toBe('18'));
    expect(server.bodies.at(-1)).toEqual({ digestHour: 18 });
  });

  it('says when the preferences failed to load or to save', async () => {
    server.failLoad = true;
    render(<NotificationPreferencesPanel />, { wrapper: testQueryClient().wrapper });
    const alert = await screen.findByTestId('query-error');
    expect(screen.queryByRole('table')).toBeNull();

    server.failLoad = false;
    server.failSave = true;
    fireEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Email per «Convocazioni»: Mai' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Valore non ammesso');
    expect(screen.queryByText('Salvato.')).toBeNull();
  });
});

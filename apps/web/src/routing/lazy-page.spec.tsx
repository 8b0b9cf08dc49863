import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { landingCodeSettled, lazyPage, PageSuspense, preloadPage } from './lazy-page';

const page = () => {
  const load = vi.fn(async () => ({ Page: () => null }));
  return { load, page: lazyPage(load, 'Page') };
};

describe('preloadPage', () => {
  it('fetches the code of the one page the path shows, parameters included', () => {
    const [home, space, meeting] = [page(), page(), page()];
    preloadPage(
      [
        ['/', home.page],
        ['/spazi/:id', space.page],
        ['/sedute/:id', meeting.page],
      ],
      '/spazi/42',
    );
    expect(space.load).toHaveBeenCalledTimes(1);
    expect(home.load).not.toHaveBeenCalled();
    expect(meeting.load).not.toHaveBeenCalled();
  });

  it('fetches nothing for a path no route shows', () => {
    const meeting = page();
    preloadPage([['/sedute/:id', meeting.page]], '/sedute/42/altro');
    expect(meeting.load).not.toHaveBeenCalled();
  });
});

describe('PageSuspense', () => {
  it("keeps the page's place as a plain fallback until the landing page's code has arrived, then renders the page", async () => {
    render(
      <PageSuspense>
        <h1>Tavolo Povertà alimentare</h1>
      </PageSuspense>,
    );
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
    await act(async () => landingCodeSettled());
    expect(screen.getByRole('heading', { name: 'Tavolo Povertà alimentare' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

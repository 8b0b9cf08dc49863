import { describe, expect, it, vi } from 'vitest';
import { lazyPage, preloadPage } from './lazy-page';

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

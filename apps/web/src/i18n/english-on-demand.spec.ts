import { afterAll, describe, expect, it, vi } from 'vitest';
import i18n from '.';

describe('English on demand', () => {
  afterAll(() => i18n.changeLanguage('it'));

  it('starts fetching a module namespace as soon as the module code arrives, for someone reading English', async () => {
    await i18n.changeLanguage('en');
    expect(i18n.hasResourceBundle('en', 'collab')).toBe(false);
    const { COLLAB } = await import('./namespaces/collab');
    await vi.waitFor(() => expect(i18n.hasResourceBundle('en', COLLAB)).toBe(true));
    expect(i18n.t('collab:bold')).toBe('Bold');
    expect(i18n.hasResourceBundle('en', 'meetings')).toBe(false);
  });
});

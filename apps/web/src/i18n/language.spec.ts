import { afterAll, describe, expect, it } from 'vitest';
import i18n, { dateLocale, isTextKey } from '.';
import { MINUTES } from './namespaces/minutes';

describe('the languages', () => {
  afterAll(() => i18n.changeLanguage('it'));

  it('speak Italian from the start, a module namespace included once its code is loaded', () => {
    expect(MINUTES).toEqual(['minutes', 'meetings', 'collab']);
    expect(i18n.language).toBe('it');
    expect(document.documentElement.lang).toBe('it');
    expect(i18n.t('meetings:newMeeting')).toBe('Nuova seduta');
    expect(i18n.t('minutes:outcome_approved')).toBe('Approvata');
    expect(i18n.t('minutes:nonexistent' as 'minutes:notYet')).toBe('nonexistent');
  });

  it('fetch English when it is chosen, for the namespaces whose code is loaded', async () => {
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
    expect(i18n.hasResourceBundle('en', 'meetings')).toBe(false);
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.t('nav.spaces')).toBe('Spaces');
    expect(i18n.t('meetings:newMeeting')).toBe('New meeting');
    expect(i18n.t('minutes:outcome_approved')).toBe('Approved');
    expect(i18n.t('common.save', { ns: 'minutes' })).toBe('Save');
    expect(i18n.hasResourceBundle('en', 'collab')).toBe(true);
  });

  it('tell whether a code from the server has a text', () => {
    expect(isTextKey('meetings', 'agenda_empty')).toBe(true);
    expect(isTextKey('meetings', 'no_such_code')).toBe(false);
    expect(isTextKey('meetings', 'steps')).toBe(false);
    expect(isTextKey('meetings', 'number')).toBe(false);
  });

  it('write dates in the language spoken', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('it')).toBe('it-IT');
    expect(dateLocale(undefined)).toBe('it-IT');
  });
});

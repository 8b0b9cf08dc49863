import { describe, expect, it } from 'vitest';
import { COLLAB_TEXTS } from '../modules/collab/texts';
import { LAYOUT_TEXTS } from '../modules/meetings/layout-texts';
import { OUTCOME_TEXTS } from '../modules/meetings/outcome-texts';
import { STEP_TEXTS } from '../modules/meetings/step-texts';
import { MEETING_TEXTS } from '../modules/meetings/texts';
import { MINUTES_TEXTS } from '../modules/minutes/texts';
import en from './en.json';
import itJson from './it.json';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('Italian and English carry exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(itJson).sort());
  });

  it('no text is left empty in either language', () => {
    const empty = (obj: Record<string, unknown>) =>
      keys(obj).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj) === '');
    expect(empty(itJson)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('the editor texts exist in both languages', () => {
    expect(Object.keys(COLLAB_TEXTS.en).sort()).toEqual(Object.keys(COLLAB_TEXTS.it).sort());
  });

  it('the meeting texts exist in both languages, none empty', () => {
    expect(Object.keys(MEETING_TEXTS.en).sort()).toEqual(Object.keys(MEETING_TEXTS.it).sort());
    expect(Object.entries(MEETING_TEXTS.en).filter(([, v]) => !v)).toEqual([]);
  });

  it('the confirmation texts exist in both languages, none empty', () => {
    expect(Object.keys(STEP_TEXTS.en).sort()).toEqual(Object.keys(STEP_TEXTS.it).sort());
    expect(Object.entries(STEP_TEXTS.en).filter(([, v]) => !v)).toEqual([]);
  });

  it('the minutes texts exist in both languages, none empty', () => {
    expect(Object.keys(MINUTES_TEXTS.en).sort()).toEqual(Object.keys(MINUTES_TEXTS.it).sort());
    expect(Object.entries(MINUTES_TEXTS.en).filter(([, v]) => !v)).toEqual([]);
  });

  it('the meeting layout and projector texts exist in both languages, none empty', () => {
    expect(Object.keys(LAYOUT_TEXTS.en).sort()).toEqual(Object.keys(LAYOUT_TEXTS.it).sort());
    expect(Object.entries(LAYOUT_TEXTS.en).filter(([, v]) => !v)).toEqual([]);
  });

  it('the agenda item outcome texts exist in both languages, none empty', () => {
    expect(Object.keys(OUTCOME_TEXTS.en).sort()).toEqual(Object.keys(OUTCOME_TEXTS.it).sort());
    expect(Object.entries(OUTCOME_TEXTS.en).filter(([, v]) => !v)).toEqual([]);
  });
});

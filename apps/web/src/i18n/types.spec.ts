import { describe, expect, it } from 'vitest';
import i18n from '.';
import './namespaces/meetings';
import type { Translation } from './translation';

// Each @ts-expect-error below is part of the test: the typecheck fails if the line it marks ever compiles.
describe('the types of the texts', () => {
  it('reject a key the namespace lacks, a key of another namespace and a missing variable', () => {
    const t = i18n.getFixedT('it', 'meetings');
    expect(t('number', { number: 3, year: 2026 })).toBe('Seduta n. 3/2026');
    // @ts-expect-error no such key
    expect(t('noSuchKey')).toBe('noSuchKey');
    // @ts-expect-error a key of the minutes, without their namespace
    expect(t('insertDecision')).toBe('insertDecision');
    // @ts-expect-error nor with it: this `t` speaks for the meetings (and common) only
    expect(t('minutes:insertDecision')).toBe('insertDecision');
    // @ts-expect-error the text needs {{year}} too
    expect(t('number', { number: 3 })).toBe('Seduta n. 3/{{year}}');
    expect(t('common.save')).toBe('Salva');
  });

  it('make a translation carry every key of the Italian, and no other', () => {
    // @ts-expect-error `b` is missing
    const missing: Translation<{ a: 'x'; group: { b: 'y' } }> = { a: 'x', group: {} };
    // @ts-expect-error `c` is not in the Italian
    const extra: Translation<{ a: 'x' }> = { a: 'x', c: 'z' };
    expect([missing, extra]).toHaveLength(2);
  });
});

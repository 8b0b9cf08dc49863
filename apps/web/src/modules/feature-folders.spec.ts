import { describe, expect, it } from 'vitest';

// Every source file of the features, and each feature's index as text.
const files = Object.keys(import.meta.glob(['./*/**/*.{ts,tsx}', '!./**/*.spec.{ts,tsx}']));
const indexes = import.meta.glob<string>('./*/index.ts', { query: '?raw', import: 'default', eager: true });

describe('feature folders', () => {
  it('give every feature an index.ts, its public surface', () => {
    const features = [...new Set(files.map((file) => file.split('/')[1]))];
    expect(features.length).toBeGreaterThan(5);
    expect(features.filter((feature) => !(`./${feature}/index.ts` in indexes))).toEqual([]);
  });

  it('keep routes out of the indexes: a page loads on its own, not with every page that uses a part of its feature', () => {
    const exportingPages = Object.entries(indexes).filter(([, source]) => /from '\.\/pages\//.test(source));
    expect(exportingPages.map(([file]) => file)).toEqual([]);
  });
});

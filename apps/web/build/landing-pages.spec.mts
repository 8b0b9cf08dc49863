import { describe, expect, it } from 'vitest';
import { landingFiles } from './landing-pages.mts';

// A build manifest as Vite writes it: the entry, two lazily loaded pages sharing a chunk, one with a stylesheet.
const manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_vendor-1.js'], css: ['assets/index-1.css'] },
  '_vendor-1.js': { file: 'assets/vendor-1.js' },
  '_shared-1.js': { file: 'assets/shared-1.js', imports: ['_vendor-1.js'] },
  'src/pages/HomePage.tsx': { file: 'assets/HomePage-1.js', imports: ['_shared-1.js', 'index.html'] },
  'src/pages/MeetingPage.tsx': { file: 'assets/MeetingPage-1.js', imports: ['_shared-1.js', '_meeting-1.js'], css: ['assets/MeetingPage-1.css'] },
  '_meeting-1.js': { file: 'assets/meeting-1.js', css: ['assets/index-1.css'] },
  'src/components/Minutes.tsx': {
    file: 'assets/Minutes-1.js',
    isDynamicEntry: true,
    imports: ['_meeting-1.js', '_editor-1.js'],
    css: ['assets/Minutes-1.css'],
  },
  '_editor-1.js': { file: 'assets/editor-1.js', imports: ['_vendor-1.js'] },
};

describe('landingFiles', () => {
  it("names each page's chunks and stylesheets that the entry does not load already", () => {
    const pages = { '/': { page: 'src/pages/HomePage.tsx' }, '/sedute/:id': { page: 'src/pages/MeetingPage.tsx', data: ['/api/meetings/:id'] } };
    expect(landingFiles(manifest, pages)).toEqual({
      '/': { modules: ['/assets/HomePage-1.js', '/assets/shared-1.js'], lazy: [], styles: [], data: [] },
      '/sedute/:id': {
        modules: ['/assets/MeetingPage-1.js', '/assets/shared-1.js', '/assets/meeting-1.js'],
        lazy: [],
        styles: ['/assets/MeetingPage-1.css'],
        data: ['/api/meetings/:id'],
      },
    });
  });

  it('names apart the chunks of the lazy modules a page names that its own do not hold', () => {
    const pages = { '/sedute/:id': { page: 'src/pages/MeetingPage.tsx', lazy: ['src/components/Minutes.tsx'] } };
    expect(landingFiles(manifest, pages)['/sedute/:id']).toEqual({
      modules: ['/assets/MeetingPage-1.js', '/assets/shared-1.js', '/assets/meeting-1.js'],
      lazy: ['/assets/Minutes-1.js', '/assets/editor-1.js'],
      styles: ['/assets/MeetingPage-1.css', '/assets/Minutes-1.css'],
      data: [],
    });
  });

  it('fails the build when a page or a lazy module of the table is no chunk', () => {
    expect(() => landingFiles(manifest, { '/x': { page: 'src/pages/Gone.tsx' } })).toThrow(/src\/pages\/Gone.tsx, of \/x/);
    expect(() => landingFiles(manifest, { '/': { page: 'src/pages/HomePage.tsx', lazy: ['src/Gone.tsx'] } })).toThrow(/src\/Gone.tsx, of \//);
  });
});

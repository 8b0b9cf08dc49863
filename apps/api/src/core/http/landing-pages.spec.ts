import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { landingFiles, routeMatches } from './landing-pages';

describe('routeMatches', () => {
  it('matches each :param against one non-empty segment, a trailing slash allowed', () => {
    expect(routeMatches('/sedute/:id', '/sedute/42')).toBe(true);
    expect(routeMatches('/sedute/:id', '/sedute/42/')).toBe(true);
    expect(routeMatches('/', '/')).toBe(true);
    expect(routeMatches('/sedute/:id', '/sedute/42/conduzione')).toBe(false);
    expect(routeMatches('/sedute/:id', '/sedute/')).toBe(false);
    expect(routeMatches('/spazi', '/spazi/42')).toBe(false);
    expect(routeMatches('/', '/spazi')).toBe(false);
  });
});

describe('landingFiles', () => {
  it("reads the build's table and gives the files of the route a path shows", async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-landing-'));
    expect(await landingFiles(dist, '/sedute/42')).toBeUndefined();
    fs.mkdirSync(path.join(dist, '.vite'));
    const table = {
      '/sedute/:id/conduzione': { modules: ['/assets/RunModePage-1.js'], styles: [] },
      '/sedute/:id': { modules: ['/assets/MeetingPage-1.js'], styles: ['/assets/MeetingPage-1.css'] },
    };
    fs.writeFileSync(path.join(dist, '.vite/landing-pages.json'), JSON.stringify(table));
    expect(await landingFiles(dist, '/sedute/42')).toEqual(table['/sedute/:id']);
    expect(await landingFiles(dist, '/sedute/42/conduzione')).toEqual(table['/sedute/:id/conduzione']);
    expect(await landingFiles(dist, '/altro')).toBeUndefined();
    fs.rmSync(dist, { recursive: true, force: true });
  });
});

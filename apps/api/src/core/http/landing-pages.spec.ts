import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { landingPage, matchRoute } from './landing-pages';

describe('matchRoute', () => {
  it('gives the params of a path, each :param one non-empty segment, a trailing slash allowed', () => {
    expect(matchRoute('/sedute/:id', '/sedute/42')).toEqual({ id: '42' });
    expect(matchRoute('/sedute/:id', '/sedute/42/')).toEqual({ id: '42' });
    expect(matchRoute('/', '/')).toEqual({});
    expect(matchRoute('/sedute/:id', '/sedute/42/conduzione')).toBeNull();
    expect(matchRoute('/sedute/:id', '/sedute/')).toBeNull();
    expect(matchRoute('/spazi', '/spazi/42')).toBeNull();
    expect(matchRoute('/', '/spazi')).toBeNull();
  });
});

describe('landingPage', () => {
  let dist: string;
  beforeEach(() => (dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-landing-'))));
  afterEach(() => fs.rmSync(dist, { recursive: true, force: true }));
  const writeTable = (table: object) => {
    fs.mkdirSync(path.join(dist, '.vite'));
    fs.writeFileSync(path.join(dist, '.vite/landing-pages.json'), JSON.stringify(table));
  };

  it("gives the files of the route a path shows, and its data with the path's params", async () => {
    writeTable({
      '/sedute/:id/conduzione': { modules: ['/assets/RunModePage-1.js'], styles: [], data: [] },
      '/sedute/:id': {
        modules: ['/assets/MeetingPage-1.js'],
        lazy: ['/assets/Minutes-1.js'],
        styles: ['/assets/MeetingPage-1.css'],
        data: ['/api/meetings/:id', '/api/meetings/:id/agenda-items'],
      },
    });
    expect(await landingPage(dist, '/sedute/42')).toEqual({
      modules: ['/assets/MeetingPage-1.js'],
      lazy: ['/assets/Minutes-1.js'],
      styles: ['/assets/MeetingPage-1.css'],
      data: ['/api/meetings/42', '/api/meetings/42/agenda-items'],
    });
    // A table written before lazy chunks were named apart reads as having none.
    expect(await landingPage(dist, '/sedute/42/conduzione')).toEqual({ modules: ['/assets/RunModePage-1.js'], lazy: [], styles: [], data: [] });
    expect(await landingPage(dist, '/altro')).toBeUndefined();
  });

  it('encodes a param as the client does, whatever the address bar held', async () => {
    writeTable({ '/spazi/:id': { modules: [], styles: [], data: ['/api/spaces/:id'] } });
    expect((await landingPage(dist, '/spazi/a%20b'))?.data).toEqual(['/api/spaces/a%20b']);
    expect((await landingPage(dist, '/spazi/a"<b'))?.data).toEqual(['/api/spaces/a%22%3Cb']);
    expect((await landingPage(dist, '/spazi/%E0%A4%A'))?.data).toEqual(['/api/spaces/%25E0%25A4%25A']);
  });

  it('finds nothing in a build without the table', async () => {
    expect(await landingPage(dist, '/sedute/42')).toBeUndefined();
  });
});

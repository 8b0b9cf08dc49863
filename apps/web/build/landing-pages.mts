import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** A chunk of Vite's build manifest, as far as this reads it. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A route of `src/routing/landing-pages.json`: its page's module, and the API paths its first screen reads. */
export interface LandingPage {
  page: string;
  /**
   * Modules the page imports lazily but shows on its first screen (a section loaded apart, the live editor): fetched
   * ahead too, after the page's own, instead of once the page has rendered and asked for them.
   */
  lazy?: string[];
  /** GET paths of the API, with the route's `:params`; the server asks for them beside the page's code. */
  data?: string[];
}

/** What the server puts in index.html for a path (apps/api/src/core/http/landing-pages.ts reads it). */
export interface LandingFiles {
  modules: string[];
  /** The lazy modules' chunks that the page does not load already: fetched ahead at a low priority. */
  lazy: string[];
  styles: string[];
  data: string[];
}

/** The chunks a manifest entry loads statically, itself first, each once, and the stylesheets they bring. */
function closure(manifest: Manifest, key: string, skip: ReadonlySet<string> = new Set()): { keys: string[]; css: string[] } {
  const keys: string[] = [];
  const css = new Set<string>();
  const visit = (k: string) => {
    if (skip.has(k) || keys.includes(k)) return;
    const chunk = manifest[k];
    if (!chunk) throw new Error(`no chunk ${k} in the build manifest`);
    keys.push(k);
    chunk.css?.forEach((c) => css.add(c));
    chunk.imports?.forEach(visit);
  };
  visit(key);
  return { keys, css: [...css] };
}

/**
 * For each route of `src/routing/landing-pages.json`, the files of its page that the entry does not already
 * load: the page's chunk, every chunk it imports statically and their stylesheets, the same for the lazy modules it
 * names, and the API paths it names.
 * index.html names only the entry's; without these the page's code was asked for only once the entry had arrived
 * and run, and its data once the page had rendered.
 */
export function landingFiles(manifest: Manifest, pages: Record<string, LandingPage>, base = '/'): Record<string, LandingFiles> {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('no entry in the build manifest');
  const withEntry = closure(manifest, entry);
  const loaded = new Set(withEntry.keys);
  return Object.fromEntries(
    Object.entries(pages).map(([route, { page, lazy = [], data = [] }]) => {
      const css = new Set<string>();
      const chunksOf = (module: string, skip: Set<string>) => {
        if (!manifest[module]) throw new Error(`${module}, of ${route} in landing-pages.json, is no chunk of the build`);
        const files = closure(manifest, module, skip);
        files.css.forEach((c) => css.add(c));
        return files.keys;
      };
      const own = chunksOf(page, loaded);
      const later: string[] = [];
      for (const module of lazy) later.push(...chunksOf(module, new Set([...loaded, ...own, ...later])));
      const file = (k: string) => base + manifest[k].file;
      const styles = [...css].filter((c) => !withEntry.css.includes(c)).map((c) => base + c);
      return [route, { modules: own.map(file), lazy: later.map(file), styles, data }];
    }),
  );
}

/** Writes `.vite/landing-pages.json` beside the build manifest, from which it is computed, once the build is written. */
export function landingPages(webRoot: string): Plugin {
  let outDir = '';
  let base = '/';
  return {
    name: 'cantiere-landing-pages',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
    },
    closeBundle() {
      const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      const pages = JSON.parse(fs.readFileSync(path.join(webRoot, 'src/routing/landing-pages.json'), 'utf8')) as Record<string, LandingPage>;
      fs.writeFileSync(path.join(outDir, '.vite/landing-pages.json'), JSON.stringify(landingFiles(manifest, pages, base), null, 1));
    },
  };
}

import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Adds `<link rel="preload">` for the web fonts the first screen of every page draws with. Found only through the
 * stylesheet, they started to download after it had arrived and been parsed, and text drawn meanwhile in the
 * fallback font moved when they replaced it. `files` are the fonts' file names as shipped by bootstrap-italia.
 */
export function preloadFonts(files: string[]): Plugin {
  return {
    name: 'cantiere-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((o) => o.type === 'asset');
        return files.map((file) => {
          const asset = assets.find((a) => a.originalFileNames.some((n) => path.basename(n) === file));
          if (!asset) throw new Error(`preloadFonts: ${file} is not in the build`);
          return { tag: 'link', attrs: { rel: 'preload', href: `/${asset.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const };
        });
      },
    },
  };
}

import path from 'node:path';
import purgeCss from '@fullhuman/postcss-purgecss';
import type { Plugin } from 'postcss';

/**
 * bootstrap-italia ships one precompiled stylesheet (570 KB) of which the client uses a small part. This keeps
 * the rules whose classes, elements and attribute values appear in the client's source, and leaves our own
 * stylesheets alone (the editor's classes are set at run time by Tiptap and would not be found in the source).
 */
export function purgeBootstrapItalia(webRoot: string): Plugin {
  const purge = purgeCss({
    content: [path.join(webRoot, 'index.html'), path.join(webRoot, 'src/**/*.{ts,tsx}')],
    // Class names our code composes at run time (`alert-${kind}`), which no extractor can see whole.
    safelist: { standard: [/^alert-/] },
    // The design's custom properties and font declarations are cheap and referenced indirectly.
    variables: false,
    fontFace: false,
    keyframes: false,
  });
  const inner = purge as unknown as Required<Pick<Plugin, 'OnceExit'>>;
  return {
    postcssPlugin: 'cantiere-purge-bootstrap-italia',
    OnceExit(root, helpers) {
      const file = root.source?.input.file ?? '';
      if (!file.split(path.sep).join('/').includes('/bootstrap-italia/dist/')) return;
      return inner.OnceExit(root, helpers);
    },
  };
}

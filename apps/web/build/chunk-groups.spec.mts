import { describe, expect, it } from 'vitest';
import { chunkGroups } from './chunk-groups.mts';

const root = '/srv/cantiere';
const [core, moduleData] = chunkGroups;
const captured = (group: (typeof chunkGroups)[number], id: string) => (group.test instanceof RegExp ? group.test.test(id) : false);
const dataChunk = (id: string) => (typeof moduleData.name === 'function' ? moduleData.name(id, {} as never) : null);

describe('chunkGroups', () => {
  it('puts the libraries and the frame every page runs in one core chunk', () => {
    for (const id of [
      'node_modules/react-dom/cjs/react-dom-client.production.js',
      'node_modules/react/index.js',
      'node_modules/@tanstack/query-core/build/modern/query.js',
      'node_modules/react-router/dist/production/index.mjs',
      'node_modules/i18next/dist/esm/i18next.js',
      'apps/web/src/api/client.ts',
      'apps/web/src/components/Layout.tsx',
      'apps/web/src/i18n/index.ts',
      'apps/web/src/pages/ForbiddenPage.tsx',
      'apps/web/src/i18n/it/common.ts',
    ])
      expect(captured(core, `${root}/${id}`)).toBe(true);
    // Vite's preload helper, a virtual module: on its own it made a file every page fetched.
    expect(captured(core, '\0vite/preload-helper.js')).toBe(true);
  });

  it('leaves out of the core what only some pages need: the texts of a module, forms, zod, the editor', () => {
    for (const id of [
      'apps/web/src/i18n/it/meetings.ts',
      'apps/web/src/i18n/en/common.ts',
      'apps/web/src/i18n/namespaces/plans.ts',
      'apps/web/src/forms/errors.ts',
      'apps/web/src/modules/meetings/pages/MeetingPage.tsx',
      'apps/web/src/pages/HomePage.tsx',
      'node_modules/zod/v4/core/core.js',
      'node_modules/@tiptap/core/dist/index.js',
      'node_modules/react-day-picker/dist/index.js',
    ])
      expect(captured(core, `${root}/${id}`)).toBe(false);
  });

  it("groups a module's data layer, shared by its pages, in one chunk per module, never its components or the editor's", () => {
    expect(dataChunk(`${root}/apps/web/src/modules/meetings/api/queries.ts`)).toBe('data-meetings');
    expect(dataChunk(`${root}/apps/web/src/modules/meetings/hooks/useAgenda.ts`)).toBe('data-meetings');
    expect(dataChunk(`${root}/apps/web/src/modules/plans/hooks/usePlanChoices.ts`)).toBe('data-plans');
    expect(dataChunk(`${root}/apps/web/src/modules/meetings/components/AgendaEditor.tsx`)).toBeNull();
    expect(dataChunk(`${root}/apps/web/src/modules/editor/hooks/useEditor.ts`)).toBeNull();
    expect(dataChunk(`${root}/apps/web/src/modules/collab/hooks/useCollabDocument.ts`)).toBeNull();
    expect(moduleData.minShareCount).toBe(2);
  });
});

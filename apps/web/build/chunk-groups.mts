import type { CodeSplittingGroup } from 'rolldown';

/*
 * How the client's modules are put in files. Left to itself, the bundler made a file of every set of modules that
 * some pages share: a page's first load asked for twenty to thirty files of a few hundred bytes each, and a browser
 * asks an HTTP/1.1 server six at a time, each costing a round trip on a phone's network. These groups gather them:
 * modules are captured on their own (the build sets `includeDependenciesRecursively: false`), so a group never
 * drags a heavy library (zod, the editor, the charts) into a file every page loads.
 */
const sep = String.raw`[\\/]`;
const web = `${sep}apps${sep}web${sep}src${sep}`;
/**
 * The libraries and the frame every page runs: React, the router, the query cache, the texts' machinery, the API
 * client and the API's addresses (route tables reduced to method and path by route-addresses.mts, a few bytes each).
 * ForbiddenPage is there because RequireAuth, in the frame, shows it: left in the entry, the two files imported each other.
 */
const CORE = new RegExp(
  `${sep}node_modules${sep}(react|react-dom|scheduler|react-router|react-router-dom|@tanstack${sep}(react-query|query-core)|i18next|react-i18next|html-parse-stringify|void-elements|cookie|set-cookie-parser)${sep}` +
    `|${web}(api|auth|components|routing)${sep}|${web}i18n${sep}[^\\/]+\\.ts$|${web}pages${sep}ForbiddenPage\\.tsx$` +
    `|${sep}libs${sep}domain${sep}src${sep}(routes${sep}|constants\\.ts$)` +
    // The frame's Italian texts and Vite's preload helper, which every page loads: the bundler made a file of the two.
    `|${web}i18n${sep}it${sep}common\\.ts$` +
    String.raw`|^\0vite\/preload-helper\.js$`,
);
/** A module's data layer (queries, keys, hooks), which its pages share; not its components, loaded lazily one by one. */
const MODULE_DATA = new RegExp(`${web}modules${sep}(?!editor${sep}|collab${sep})([^\\/]+)${sep}(api|hooks)${sep}`);

export const chunkGroups: CodeSplittingGroup[] = [
  { name: 'core', test: CORE, priority: 20 },
  {
    name: (id) => {
      const m = MODULE_DATA.exec(id);
      return m ? `data-${m[1]}` : null;
    },
    minShareCount: 2,
    priority: 10,
  },
];

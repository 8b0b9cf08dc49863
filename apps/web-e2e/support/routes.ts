import type { Page } from 'playwright-core';
import { ADMIN, FACILITATOR, MEMBER } from './browser';

/** A page of the workspace as a role reaches it, with the demo's ids filled in. */
export interface Visit {
  path: string | ((ids: DemoIds) => string);
  /** A button that opens a form which is not on the page at first. */
  open?: string;
}
export interface DemoIds {
  space: string;
  meeting: string;
}

const COMMON: Visit[] = [
  { path: '/' },
  { path: '/account' },
  { path: '/spazi' },
  { path: '/organizzazioni' },
  { path: '/persone' },
  { path: (ids) => `/spazi/${ids.space}` },
  { path: (ids) => `/sedute/${ids.meeting}` },
];
/** Every page each demo role sees, for the checks that walk them all (field contrast, reflow). */
export const ROLE_VISITS: [string, string, Visit[]][] = [
  ['admin', ADMIN, [...COMMON, { path: '/amministrazione/utenti' }, { path: '/amministrazione/importa' }, { path: '/amministrazione/elenchi' }]],
  [
    'facilitator',
    FACILITATOR,
    [...COMMON, { path: (ids) => `/spazi/${ids.space}`, open: 'Nuova seduta' }, { path: (ids) => `/sedute/${ids.meeting}/conduzione` }],
  ],
  ['member', MEMBER, COMMON],
];
export const DEMO_SPACE = 'Tavolo Povertà alimentare';

export const visitPath = (visit: Visit, ids: DemoIds) => (typeof visit.path === 'string' ? visit.path : visit.path(ids));

/** The demo space and its convened meeting, as the logged-in person reads them. */
export async function demoIds(page: Page): Promise<DemoIds> {
  const { items: spaces } = await (await page.request.get('/api/spaces')).json();
  const space = spaces.find((s: { name: string }) => s.name === DEMO_SPACE).id;
  const { items: meetings } = await (await page.request.get(`/api/meetings?spaceId=${space}`)).json();
  return { space, meeting: meetings.find((m: { status: string }) => m.status === 'convened').id };
}

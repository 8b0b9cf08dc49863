import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';

type MeetingQueries = (typeof import('../modules/meetings'))['meetingQueries'];
type Prefetch = (client: QueryClient, id: string, meetingQueries: MeetingQueries) => void;

/**
 * What a meeting's pages show first, by route: fetched at start, beside the page's code. (Measured on the home and
 * space pages, whose first requests are light, it did not help: they are left to their own queries.)
 */
const LANDING_DATA: [path: string, prefetch: Prefetch][] = [
  [
    '/sedute/:id/conduzione',
    (client, id, meetingQueries) => {
      void client.prefetchQuery(meetingQueries.detail(id));
      void client.prefetchQuery(meetingQueries.agenda(id));
    },
  ],
  [
    '/sedute/:id',
    (client, id, meetingQueries) => {
      void client.prefetchQuery(meetingQueries.detail(id));
      void client.prefetchQuery(meetingQueries.agenda(id));
      void client.prefetchQuery(meetingQueries.attendance(id));
    },
  ],
];

/**
 * Starts fetching the data of the page at `pathname`, at the same time as the session check and the page's code:
 * otherwise the requests left only once the page's code had arrived and rendered, a round trip or two later. A
 * visitor who is not logged in gets 401s here; logging in clears them and the page asks again.
 */
export function preloadLandingData(client: QueryClient, pathname: string): void {
  for (const [path, prefetch] of LANDING_DATA) {
    const match = matchPath(path, pathname);
    // The queries (and the route tables with their schemas) load only for the pages that prefetch, beside the page's
    // own code: the first paint of every other page does not wait for them.
    if (match) {
      void import('../modules/meetings/api/queries').then(({ meetingQueries }) => prefetch(client, match.params.id ?? '', meetingQueries));
      return;
    }
  }
}

import type { ReactElement } from 'react';
import { Route } from 'react-router-dom';

/** Routes of the network registry (organisations, people, spaces, import). */
export function NetworkRoutes(guarded: (element: ReactElement, admin?: boolean) => ReactElement) {
  void guarded;
  return [] as ReactElement[];
}

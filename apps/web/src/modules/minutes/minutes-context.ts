import { createContext, useContext } from 'react';
import type { Membership } from '@cantiere/domain';

/** What the block views need from the page: the space's representatives, to pick who is responsible. */
export const MinutesContext = createContext<{ members: Membership[] }>({ members: [] });
export const useMinutesContext = () => useContext(MinutesContext);

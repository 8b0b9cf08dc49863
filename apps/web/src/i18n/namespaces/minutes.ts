import { bundleItalian } from '..';
import minutes from '../it/minutes';
import { COLLAB } from './collab';
import { MEETINGS } from './meetings';

/**
 * The namespaces the minutes speak with: their own, the meeting's words for decisions, actions and items, and the
 * shared documents' for editing. Importing it brings their Italian texts with the code that shows them; passing all
 * three to `useTranslation` has English load for all three.
 */
export const MINUTES = [bundleItalian('minutes', minutes), MEETINGS, COLLAB] as const;

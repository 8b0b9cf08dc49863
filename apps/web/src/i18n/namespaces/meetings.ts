import { bundleItalian } from '..';
import meetings from '../it/meetings';

/** The namespace of meetings; importing it brings its Italian texts with the code that shows them. */
export const MEETINGS = bundleItalian('meetings', meetings);

import { bundleItalian } from '..';
import plans from '../it/plans';

/** The namespace of action plans; importing it brings its Italian texts with the code that shows them. */
export const PLANS = bundleItalian('plans', plans);

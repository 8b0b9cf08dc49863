import { bundleItalian } from '..';
import planComments from '../it/planComments';

/** The namespace of the comments on plans; importing it brings its Italian texts with the code that shows them. */
export const PLAN_COMMENTS = bundleItalian('planComments', planComments);

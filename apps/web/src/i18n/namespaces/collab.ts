import { bundleItalian } from '..';
import collab from '../it/collab';

/** The namespace of shared documents; importing it brings its Italian texts with the code that shows them. */
export const COLLAB = bundleItalian('collab', collab);

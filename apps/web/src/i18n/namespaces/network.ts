import { bundleItalian } from '..';
import network from '../it/network';

/** The namespace of the network registry's pages; importing it brings its Italian texts with the code that shows them. */
export const NETWORK = bundleItalian('network', network);

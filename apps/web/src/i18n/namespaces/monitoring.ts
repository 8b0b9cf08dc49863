import { bundleItalian } from '..';
import monitoring from '../it/monitoring';

/** The namespace of the monitoring of adopted plans; importing it brings its Italian texts with the code that shows them. */
export const MONITORING = bundleItalian('monitoring', monitoring);

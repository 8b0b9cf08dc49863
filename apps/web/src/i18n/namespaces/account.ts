import { bundleItalian } from '..';
import account from '../it/account';

/** The namespace of the access and account pages; importing it brings its Italian texts with the code that shows them. */
export const ACCOUNT = bundleItalian('account', account);

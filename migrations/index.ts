import { CreateAccounts1795551053750 } from './1795551053750-CreateAccounts';

/** Every migration, oldest first; the API runs them at start-up. */
export const MIGRATIONS: Function[] = [CreateAccounts1795551053750];

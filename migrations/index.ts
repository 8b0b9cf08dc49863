import { CreateSchema1795551671306 } from './1795551671306-CreateSchema';
import { SeedReferenceLists1795551672306 } from './1795551672306-SeedReferenceLists';

/** Every migration, oldest first; the API runs them at start-up. */
export const MIGRATIONS: Function[] = [CreateSchema1795551671306, SeedReferenceLists1795551672306];

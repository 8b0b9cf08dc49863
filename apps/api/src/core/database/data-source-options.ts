import type { DataSourceOptions, MixedList } from 'typeorm';
// migrations/ sits at the root (shared by tooling) but is compiled into the api build, so it is imported directly.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { MIGRATIONS } from '../../../../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The schema comes only from migrations: never `synchronize`. The entities come from the application, which
 * assembles each part's list, so that core knows no module.
 */
export function buildDataSourceOptions(url: string, entities: MixedList<Function>): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, which managed servers may forbid.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: false,
    extra: { max: 10, application_name: 'cantiere' },
  };
}

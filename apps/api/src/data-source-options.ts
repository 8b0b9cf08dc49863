import type { DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions } from './core/database/data-source-options';
import { ENTITIES } from './entities';

/** The application's data source: core's settings with every part's entities. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return buildDataSourceOptions(url, ENTITIES);
}

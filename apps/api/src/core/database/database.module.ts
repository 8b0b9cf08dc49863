import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

/** Connects and brings the schema up to date (migrations run at start-up, each in its own transaction). */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(url), migrationsRun: true, retryAttempts: 3, retryDelay: 1000 })],
    };
  }
}

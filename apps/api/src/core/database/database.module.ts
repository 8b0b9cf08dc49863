import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';
import { InjectedRepositoriesJoinTransactions, transactionContext } from './transaction';

/**
 * Connects and brings the schema up to date (migrations run at start-up, each in its own transaction), and provides
 * the transaction host that repositories join (see `TxHost`).
 */
@Module({})
export class DatabaseModule {
  static forRoot(url: string, entities: MixedList<Function>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(url, entities), migrationsRun: true, retryAttempts: 3, retryDelay: 1000 }),
        transactionContext(),
      ],
      providers: [InjectedRepositoriesJoinTransactions],
    };
  }
}

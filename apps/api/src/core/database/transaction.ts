import { ClsPluginTransactional, Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken, InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';

/**
 * What repositories take their `EntityManager` from: `txHost.tx` is the current transaction's manager inside a
 * method marked `@Transactional()` (or inside `txHost.withTransaction(...)`), and the data source's own manager
 * outside one. So a service that spans modules opens one transaction, and every repository it calls, in any module,
 * joins it without a manager being passed around. A nested `@Transactional()` joins the outer transaction.
 */
export type TxHost = TransactionHost<TransactionalAdapterTypeOrm>;
// The same name as a value, so that Nest injects the plugin's host into a constructor parameter typed `TxHost`.
export const TxHost = TransactionHost;

export { Transactional };

/** The request-scoped context (AsyncLocalStorage) and the transaction host over the application's data source. */
export const transactionContext = () =>
  ClsModule.forRoot({
    global: true,
    plugins: [
      new ClsPluginTransactional({
        imports: [TypeOrmModule],
        adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
      }),
    ],
  });

/**
 * Services also hold TypeORM repositories injected with `@InjectRepository`, which are the data source's own,
 * bound to its manager. Their `manager` is made to read the transaction host instead, so that they join the current
 * transaction as the `*.repository.ts` classes do, and a service marked `@Transactional()` cannot write half of a
 * change outside it. Outside a transaction the host hands back the data source's manager: nothing changes there.
 */
@Injectable()
export class InjectedRepositoriesJoinTransactions implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly txHost: TxHost,
  ) {}

  onModuleInit() {
    const txHost = this.txHost;
    for (const { target } of this.dataSource.entityMetadatas) {
      // The same instance `@InjectRepository` hands out: the data source's manager caches one repository per entity.
      Object.defineProperty(this.dataSource.getRepository(target), 'manager', { get: () => txHost.tx, configurable: true });
    }
  }
}

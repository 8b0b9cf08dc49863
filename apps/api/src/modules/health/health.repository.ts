import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cheapest round trip that proves the database answers. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

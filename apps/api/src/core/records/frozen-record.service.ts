import crypto from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArrayContains, Repository } from 'typeorm';
import { TxHost } from '../database/transaction';
import { AppError } from '../errors/app-error';
import { canonicalJson } from './canonical-json';
import { FrozenRecordEntity } from './frozen-record.entity';

export interface FreezeInput {
  kind: string;
  subjectId: string;
  content: unknown;
  rendererVersion: string;
  frozenAt: Date;
  frozenBy: string | null;
  personIds: string[];
}

export const sha256Hex = (bytes: string | Buffer): string => crypto.createHash('sha256').update(bytes).digest('hex');

/** Seals legal records and hands them back exactly as sealed; the one place that writes `frozen_records`. */
@Injectable()
export class FrozenRecordService {
  constructor(
    @InjectRepository(FrozenRecordEntity) private readonly records: Repository<FrozenRecordEntity>,
    private readonly txHost: TxHost,
  ) {}

  /** Stores the next version of a record inside the current transaction, the one that changes the subject's state, so both commit together. */
  async freeze(input: FreezeInput): Promise<FrozenRecordEntity> {
    const repo = this.txHost.tx.getRepository(FrozenRecordEntity);
    const previous = await repo.findOne({ where: { kind: input.kind, subjectId: input.subjectId }, order: { version: 'DESC' }, select: { version: true } });
    const json = canonicalJson(input.content);
    return repo.save(
      repo.create({
        kind: input.kind,
        subjectId: input.subjectId,
        version: (previous?.version ?? 0) + 1,
        canonicalJson: json,
        sha256: sha256Hex(json),
        rendererVersion: input.rendererVersion,
        frozenAt: input.frozenAt,
        frozenBy: input.frozenBy,
        personIds: [...new Set(input.personIds)].sort(),
      }),
    );
  }

  /** The latest version, checked against its hash: a record that no longer matches is never served as if it did. */
  async latest(kind: string, subjectId: string): Promise<FrozenRecordEntity | null> {
    const record = await this.records.findOne({ where: { kind, subjectId }, order: { version: 'DESC' } });
    if (record && !this.verify(record))
      throw new AppError('internal_error', 'A sealed record does not match its hash', { kind, subjectId, version: record.version });
    return record;
  }

  /** One version, checked against its hash like `latest`. */
  async version(kind: string, subjectId: string, version: number): Promise<FrozenRecordEntity | null> {
    const record = await this.records.findOne({ where: { kind, subjectId, version } });
    if (record && !this.verify(record)) throw new AppError('internal_error', 'A sealed record does not match its hash', { kind, subjectId, version });
    return record;
  }

  verify(record: Pick<FrozenRecordEntity, 'canonicalJson' | 'sha256'>): boolean {
    return sha256Hex(record.canonicalJson) === record.sha256;
  }

  /** The sealed records that name a person: erasure leaves them as they are, and says so. */
  naming(personId: string): Promise<Pick<FrozenRecordEntity, 'id' | 'kind' | 'subjectId' | 'version'>[]> {
    return this.records.find({
      where: { personIds: ArrayContains([personId]) },
      select: { id: true, kind: true, subjectId: true, version: true },
      order: { frozenAt: 'ASC' },
    });
  }
}

import { Injectable } from '@nestjs/common';
import { TxHost } from '../../core/database/transaction';
import { SelectQueryBuilder } from 'typeorm';
import type { OrganisationInputParsed } from '@cantiere/domain';
import type { organisationQuerySchema } from '@cantiere/domain';
import type { z } from 'zod';
import { ORGANISATION_SEARCH_VECTOR, likeLiteral, prefixTsQuery } from '../../core/database/text-search';
import { OrganisationEntity } from './organisation.entity';

export type OrganisationFilter = Omit<z.output<typeof organisationQuerySchema>, 'page' | 'pageSize'>;

@Injectable()
export class OrganisationRepository {
  constructor(private readonly txHost: TxHost) {}

  private get repo() {
    return this.txHost.tx.getRepository(OrganisationEntity);
  }

  /** Updates or inserts every row in one transaction, with `alsoInTransaction` (the audit entry) committing alongside. */
  async applyImport(rows: { existingId?: string; input: OrganisationInputParsed }[], alsoInTransaction: () => Promise<void>): Promise<void> {
    await this.txHost.withTransaction(async () => {
      const tx = this.txHost.tx;
      for (const row of rows) {
        if (row.existingId) await tx.update(OrganisationEntity, row.existingId, row.input);
        else await tx.insert(OrganisationEntity, { ...row.input, archivedAt: null });
      }
      await alsoInTransaction();
    });
  }

  async search(filter: OrganisationFilter, page: { skip: number; take: number }): Promise<[OrganisationEntity[], number]> {
    const qb = this.filtered(filter);
    return qb.offset(page.skip).limit(page.take).getManyAndCount();
  }

  private filtered(f: OrganisationFilter): SelectQueryBuilder<OrganisationEntity> {
    const qb = this.repo.createQueryBuilder('o');
    const tsq = f.q ? prefixTsQuery(f.q) : null;
    if (f.q) {
      qb.andWhere(
        `(${tsq ? `${ORGANISATION_SEARCH_VECTOR} @@ to_tsquery('italian'::regconfig, :tsq) OR ` : ''}o.name ILIKE :like OR o.short_name ILIKE :like OR o.fiscal_code = :code OR o.vat_number = :code)`,
        { tsq, like: `%${likeLiteral(f.q)}%`, code: f.q.toUpperCase() },
      );
    }
    if (f.type?.length) qb.andWhere('o.type IN (:...types)', { types: f.type });
    if (f.area?.length) qb.andWhere('o.thematic_areas && :areas::text[]', { areas: f.area });
    if (f.comune?.length) qb.andWhere('o.comuni && :comuni::text[]', { comuni: f.comune });
    if (f.spaceId) {
      qb.andWhere('EXISTS (SELECT 1 FROM space_members m WHERE m.organisation_id = o.id AND m.space_id = :spaceId AND m.left_on IS NULL)', {
        spaceId: f.spaceId,
      });
    }
    if (f.archived === 'false') qb.andWhere('o.archived_at IS NULL');
    if (f.archived === 'true') qb.andWhere('o.archived_at IS NOT NULL');
    if (tsq) {
      qb.addSelect(`ts_rank(${ORGANISATION_SEARCH_VECTOR}, to_tsquery('italian'::regconfig, :tsq))`, 'rank')
        .orderBy('rank', 'DESC')
        .addOrderBy('o.name', 'ASC');
    } else {
      qb.orderBy('o.name', 'ASC');
    }
    return qb;
  }

  /** Existing organisations an import row may refer to, by codice fiscale, partita IVA or name. */
  async findForImport(): Promise<OrganisationEntity[]> {
    return this.repo.find({ select: { id: true, name: true, fiscalCode: true, vatNumber: true } });
  }
}

import { z } from 'zod';
import { safeString, text } from './text';

/** Paging shared by every list endpoint: `?page=1&pageSize=25`. */
export const pagingSchema = z.object({
  page: z.coerce.number().int('must_be_integer').min(1, 'must_be_positive').max(100_000).default(1),
  pageSize: z.coerce.number().int('must_be_integer').min(1, 'must_be_positive').max(200, 'too_large').default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const csvList = safeString()
  .max(2000, 'too_long')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

export const organisationQuerySchema = pagingSchema.extend({
  q: text().max(200, 'too_long').optional(),
  type: csvList.optional(),
  area: csvList.optional(),
  comune: csvList.optional(),
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
});
export type OrganisationQuery = z.input<typeof organisationQuerySchema>;

export const personQuerySchema = pagingSchema.extend({
  q: text().max(200, 'too_long').optional(),
  organisationId: z.uuid({ message: 'invalid_id' }).optional(),
  type: csvList.optional(),
  area: csvList.optional(),
  comune: csvList.optional(),
  spaceId: z.uuid({ message: 'invalid_id' }).optional(),
});
export type PersonQuery = z.input<typeof personQuerySchema>;

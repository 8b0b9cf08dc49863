import type { ValueTransformer } from 'typeorm';

/** bigint and numeric columns come back from pg as strings; amounts in cents stay far below 2^53, so a number is exact. */
export const asNumber: ValueTransformer = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

import * as Y from 'yjs';
import { PLAN_FIELDS, readRecord, type PlanCollection } from '@cantiere/collab';
import { planActionFieldsSchema, planIndicatorFieldsSchema, planObjectiveFieldsSchema, recordProblems } from '@cantiere/domain';
import { plainText } from './rich-text';

/**
 * The checks the editor runs as people type, with the schemas of libs/domain that the server's projection runs on the
 * merged document: a record the editor shows as valid is a record the projection takes.
 */
export const RECORD_SCHEMAS = {
  objectives: planObjectiveFieldsSchema,
  actions: planActionFieldsSchema,
  indicators: planIndicatorFieldsSchema,
} as const;

/** The codes and ids a record may name: null while a list is still loading (nothing is called unknown then). */
export interface PlanReferences {
  organisations: ReadonlySet<string> | null;
  macroAreas: ReadonlySet<string> | null;
  fundingSources: ReadonlySet<string> | null;
  leps: ReadonlySet<string> | null;
}

export const NO_REFERENCES: PlanReferences = { organisations: null, macroAreas: null, fundingSources: null, leps: null };

/** Message codes by field path (`endDate`, `budgetPlanned.fnps`, `partners.<id>`), the first problem of each path. */
export type RecordIssues = Record<string, string>;

function unknownIn(issues: RecordIssues, known: ReadonlySet<string> | null, path: string, value: unknown, message: string) {
  if (known && typeof value === 'string' && !known.has(value)) issues[path] ??= message;
}

function unknownKeys(issues: RecordIssues, known: ReadonlySet<string> | null, field: string, value: unknown, message: string) {
  if (!known || typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) if (!known.has(key)) issues[`${field}.${key}`] ??= message;
}

/** What is wrong with one record as the live document holds it now; empty when it is valid. */
export function recordIssues(collection: PlanCollection, record: Y.Map<unknown>, refs: PlanReferences = NO_REFERENCES): RecordIssues {
  const value = readRecord(record, collection, plainText);
  const issues: RecordIssues = {};
  for (const p of recordProblems(RECORD_SCHEMAS[collection], value, Object.keys(PLAN_FIELDS[collection]))) issues[p.path] ??= p.message;
  if (collection === 'objectives') {
    unknownIn(issues, refs.macroAreas, 'macroArea', value.macroArea, 'unknown_value');
    unknownIn(issues, refs.leps, 'lepsCode', value.lepsCode, 'unknown_value');
    unknownKeys(issues, refs.fundingSources, 'budget', value.budget, 'unknown_value');
  }
  if (collection === 'actions') {
    unknownIn(issues, refs.organisations, 'leadOrganisationId', value.leadOrganisationId, 'unknown_organisation');
    unknownKeys(issues, refs.organisations, 'partners', value.partners, 'unknown_organisation');
    unknownKeys(issues, refs.fundingSources, 'budgetPlanned', value.budgetPlanned, 'unknown_value');
    unknownKeys(issues, refs.fundingSources, 'budgetSpent', value.budgetSpent, 'unknown_value');
  }
  return issues;
}

/** The message code of a value on its own (before it is written), or null when its schema takes it. */
export function valueIssue(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error?.issues[0]?.message ?? 'generic');
}

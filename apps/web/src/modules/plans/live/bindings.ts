import * as Y from 'yjs';
import type { z } from 'zod';
import { localEdit } from './plan-edit';

/**
 * One editable value of a live record, as a form field sees it: where it is read from, how it is written, how to be
 * told it changed, and the schema that judges it on its own (libs/domain: the same that judges the projection).
 *
 * - `value`: a field holding one value (`title`, `progress`): last writer wins for the field, so two people editing
 *   different fields of one action keep both.
 * - `part`: one key of a field holding a small object (`beneficiaries.expected`, `baseline.value`): the object is
 *   written whole, so two people editing two parts of one such object at once keep the later one.
 * - `entry` / `entryPart`: an entry of a map field (a funding source's amount; a partner's role; a milestone's date):
 *   two people adding different entries keep both.
 */
export interface Binding {
  /** Stable name of what it edits (`progress`, `budgetPlanned.fnps`, `milestones.<id>.date`): ids and presence use it. */
  key: string;
  read(): unknown;
  write(value: unknown): void;
  subscribe(onChange: () => void): () => void;
  schema: z.ZodType;
}

/** Calls `onChange` when `key` of `map` changes (set, replaced or deleted), not for its other keys. */
function observeKey(map: Y.Map<unknown>, key: string, onChange: () => void): () => void {
  const handler = (event: Y.YMapEvent<unknown>) => event.keysChanged.has(key) && onChange();
  map.observe(handler);
  return () => map.unobserve(handler);
}

/** Calls `onChange` when a map field (replaced as a whole, or any entry of it) changes. */
function observeMapField(record: Y.Map<unknown>, field: string, onChange: () => void): () => void {
  let inner: Y.Map<unknown> | null = null;
  const innerHandler = () => onChange();
  const attach = () => {
    inner?.unobserve(innerHandler);
    const value = record.get(field);
    inner = value instanceof Y.Map ? value : null;
    inner?.observe(innerHandler);
  };
  attach();
  const off = observeKey(record, field, () => {
    attach();
    onChange();
  });
  return () => {
    off();
    inner?.unobserve(innerHandler);
  };
}

const doc = (record: Y.Map<unknown>): Y.Doc => {
  if (!record.doc) throw new Error('The record is not in a document');
  return record.doc;
};
const asObject = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType) ? (value as Record<string, unknown>) : null;

/**
 * One binding per record and key, made once: components render often, and a binding that stays the same object keeps
 * its subscription (React re-subscribes whenever `subscribe` changes).
 */
const made = new WeakMap<Y.Map<unknown>, Map<string, Binding>>();
function once(record: Y.Map<unknown>, key: string, make: () => Binding): Binding {
  let byKey = made.get(record);
  if (!byKey) made.set(record, (byKey = new Map()));
  let binding = byKey.get(key);
  if (!binding) byKey.set(key, (binding = make()));
  return binding;
}

export function valueBinding(record: Y.Map<unknown>, field: string, schema: z.ZodType): Binding {
  return once(record, field, () => ({
    key: field,
    read: () => record.get(field) ?? null,
    write: (value) => localEdit(doc(record), () => record.set(field, value)),
    subscribe: (onChange) => observeKey(record, field, onChange),
    schema,
  }));
}

const blank = (o: Record<string, unknown>) => Object.values(o).every((v) => v === null || v === '');

/**
 * `empty` is the whole object written when the field is still null (the other parts at their empty values); with
 * `nullWhenBlank`, clearing the last part sets the field back to null (a baseline nobody gave is no baseline).
 */
export function partBinding(
  record: Y.Map<unknown>,
  field: string,
  part: string,
  schema: z.ZodType,
  empty: Record<string, unknown>,
  nullWhenBlank = false,
): Binding {
  return once(record, `${field}.${part}`, () => ({
    key: `${field}.${part}`,
    read: () => asObject(record.get(field))?.[part] ?? null,
    write: (value) =>
      localEdit(doc(record), () => {
        const next = { ...(asObject(record.get(field)) ?? empty), [part]: value };
        record.set(field, nullWhenBlank && blank(next) ? null : next);
      }),
    subscribe: (onChange) => observeKey(record, field, onChange),
    schema,
  }));
}

const mapOf = (record: Y.Map<unknown>, field: string): Y.Map<unknown> | null => {
  const value = record.get(field);
  return value instanceof Y.Map ? value : null;
};

/** Writing `undefined` or null removes the entry (a cleared amount is no amount). */
export function entryBinding(record: Y.Map<unknown>, field: string, entry: string, schema: z.ZodType): Binding {
  return once(record, `${field}.${entry}`, () => ({
    key: `${field}.${entry}`,
    read: () => mapOf(record, field)?.get(entry) ?? null,
    write: (value) =>
      localEdit(doc(record), () => {
        const map = mapOf(record, field);
        if (!map) return;
        if (value === undefined || value === null) map.delete(entry);
        else map.set(entry, value);
      }),
    subscribe: (onChange) => observeMapField(record, field, onChange),
    schema,
  }));
}

export function entryPartBinding(record: Y.Map<unknown>, field: string, entry: string, part: string, schema: z.ZodType): Binding {
  return once(record, `${field}.${entry}.${part}`, () => ({
    key: `${field}.${entry}.${part}`,
    read: () => asObject(mapOf(record, field)?.get(entry))?.[part] ?? null,
    write: (value) =>
      localEdit(doc(record), () => {
        const map = mapOf(record, field);
        const current = asObject(map?.get(entry));
        if (map && current) map.set(entry, { ...current, [part]: value });
      }),
    subscribe: (onChange) => observeMapField(record, field, onChange),
    schema,
  }));
}

/** The entries of a map field as plain values, and a way to hear of their changes. */
export function mapEntries(record: Y.Map<unknown>, field: string): [string, unknown][] {
  const map = mapOf(record, field);
  return map ? [...map.entries()].map(([k, v]) => [k, v instanceof Y.AbstractType ? v.toJSON() : v] as [string, unknown]) : [];
}
export const subscribeMapField = observeMapField;

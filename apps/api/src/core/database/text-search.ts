/**
 * Builds a PostgreSQL tsquery that matches every typed word as a prefix ("coop soc" finds
 * "Cooperativa sociale"); the words are reduced to letters and digits so that no input can break it.
 */
export function prefixTsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 10)
    .map((w) => `${w.toLowerCase()}:*`)
    .join(' & ');
}

/** Escapes LIKE wildcards so that user input matches literally. */
export function likeLiteral(input: string): string {
  return input.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const ORGANISATION_SEARCH_VECTOR = `to_tsvector('italian'::regconfig, coalesce(o.name, '') || ' ' || coalesce(o.short_name, ''))`;
export const PERSON_SEARCH_VECTOR = `to_tsvector('italian'::regconfig, p.first_name || ' ' || p.last_name || ' ' || coalesce(p.email, ''))`;
/** The same without the email, for callers who may not see it; not indexed, which a network's few thousand people allow. */
export const PERSON_NAME_SEARCH_VECTOR = `to_tsvector('italian'::regconfig, p.first_name || ' ' || p.last_name)`;

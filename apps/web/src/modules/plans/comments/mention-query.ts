/**
 * The mention being typed: the text after the last `@` before the caret, when that `@` starts a word and what follows
 * holds no line break. `null` when the caret is not in a mention.
 */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || query.length > 60) return null;
  return { start: at, query };
}

/** The text with the mention being typed replaced by `@Name ` and the caret after it. */
export function insertMention(text: string, caret: number, start: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** The organisations picked whose `@Name` is still in the text: deleting the words removes the mention. */
export function mentionedIn(text: string, picked: ReadonlyMap<string, string>): string[] {
  return [...picked].filter(([, name]) => text.includes(`@${name}`)).map(([id]) => id);
}

/** Organisations whose name starts a word with the query (case and accents ignored), at most `limit`. */
export function matchOrganisations<T extends { label: string }>(items: readonly T[], query: string, limit = 8): T[] {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const q = fold(query.trim());
  return items
    .filter(
      (o) =>
        !q ||
        fold(o.label)
          .split(/[\s'’-]+/)
          .some((w, i, words) => words.slice(i).join(' ').startsWith(q)),
    )
    .slice(0, limit);
}

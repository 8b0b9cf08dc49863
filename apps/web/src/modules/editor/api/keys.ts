/** Query keys of the `@` suggestions: who may be mentioned in a document, by what was typed. */
export const mentionKeys = {
  all: ['mention-candidates'] as const,
  candidates: (docId: string, q: string) => [...mentionKeys.all, docId, q] as const,
};

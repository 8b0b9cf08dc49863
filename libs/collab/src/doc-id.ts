/** Kinds of shared document; the entity id after the colon is a UUID. */
export const DOC_KINDS = ['document', 'minutes', 'action-plan', 'consultation', 'proposal'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

const DOC_ID = /^(document|minutes|action-plan|consultation|proposal):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function docIdOf(kind: DocKind, entityId: string): string {
  return `${kind}:${entityId}`;
}

/** Splits `<kind>:<uuid>`; null for anything else. */
export function parseDocId(docId: string): { kind: DocKind; entityId: string } | null {
  const m = typeof docId === 'string' ? DOC_ID.exec(docId) : null;
  return m ? { kind: m[1] as DocKind, entityId: m[2] } : null;
}

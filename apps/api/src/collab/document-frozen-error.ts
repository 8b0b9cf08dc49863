/** An update arrived for a document that is final (frozen): nothing of its batch was stored. */
export class DocumentFrozenError extends Error {
  /** The seqs of the batch's msgIds that were stored before the freeze (resent ones). */
  constructor(
    readonly docId: string,
    readonly storedBefore: Map<string, number>,
  ) {
    super(`Document ${docId} is final and takes no more updates`);
  }
}

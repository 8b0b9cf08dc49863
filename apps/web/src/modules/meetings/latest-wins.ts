/**
 * Orders answers that may arrive out of order: state from a request is shown only if no request that started later
 * has been shown already. Each change to a meeting is announced live and refetched; a refetch started before a
 * reorder could otherwise land after the reorder's own answer and put the old order back on screen, until the next
 * change. A change made on the page takes its ticket when it starts, so that its optimistic state and the server's
 * answer both count from then.
 */
export class LatestWins {
  private issued = 0;
  private shown = 0;

  /** Call when a request, or a change on the page, starts. */
  start(): number {
    return ++this.issued;
  }

  /** Whether state from the request that started with `ticket` may replace what is shown; if so, it is now shown. */
  accept(ticket: number): boolean {
    if (ticket < this.shown) return false;
    this.shown = ticket;
    return true;
  }
}

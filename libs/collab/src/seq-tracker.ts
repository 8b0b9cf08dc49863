/**
 * Which of a document's committed seqs a client has accounted for. The server never echoes a client's own update,
 * so its seq arrives in the acknowledgement instead, possibly after later updates from others: a hole in the
 * sequence is a real gap only when it outlives the client's own updates in flight.
 */
export class SeqTracker {
  private last = -1;
  private readonly ahead = new Set<number>();

  /** The highest seq below which every committed update has been applied or acknowledged (-1 before joining). */
  get seq(): number {
    return this.last;
  }

  /** Whether some seq below one already seen is still unaccounted for. */
  get hasHole(): boolean {
    return this.ahead.size > 0;
  }

  /** A join reports the last committed seq, and the document holds everything up to it. */
  reset(seq: number) {
    this.last = seq;
    this.ahead.clear();
  }

  /** An update received from the server, or the seq of one of ours that the server acknowledged. */
  note(seq: number) {
    if (this.last < 0 || seq <= this.last) return;
    this.ahead.add(seq);
    while (this.ahead.delete(this.last + 1)) this.last++;
  }
}

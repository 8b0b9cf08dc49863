import { SeqTracker } from './seq-tracker';

describe('SeqTracker', () => {
  it('advances over received and acknowledged seqs in any order', () => {
    const t = new SeqTracker();
    t.reset(10);
    t.note(12); // someone else's, while our 11 is still in flight
    expect([t.seq, t.hasHole]).toEqual([10, true]);
    t.note(11); // our acknowledgement
    expect([t.seq, t.hasHole]).toEqual([12, false]);
    t.note(13);
    expect([t.seq, t.hasHole]).toEqual([13, false]);
  });

  it('ignores repeats and seqs already covered, and anything before the first join', () => {
    const t = new SeqTracker();
    t.note(5);
    expect([t.seq, t.hasHole]).toEqual([-1, false]);
    t.reset(3);
    t.note(3);
    t.note(2);
    t.note(5);
    t.note(5);
    expect([t.seq, t.hasHole]).toEqual([3, true]);
    t.note(4);
    expect([t.seq, t.hasHole]).toEqual([5, false]);
  });

  it('keeps a real gap visible until a join resets it', () => {
    const t = new SeqTracker();
    t.reset(0);
    t.note(1);
    t.note(3);
    expect([t.seq, t.hasHole]).toEqual([1, true]);
    t.reset(3);
    expect([t.seq, t.hasHole]).toEqual([3, false]);
  });
});

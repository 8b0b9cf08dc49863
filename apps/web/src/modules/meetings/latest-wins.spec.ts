import { describe, expect, it } from 'vitest';
import { LatestWins } from './latest-wins';

describe('LatestWins', () => {
  it('drops an answer to a request that started before one already shown', () => {
    const order = new LatestWins();
    const refetch = order.start();
    const reorder = order.start();
    expect(order.accept(reorder)).toBe(true);
    expect(order.accept(refetch)).toBe(false);
  });

  it('takes answers in the order they arrive when each started after the one shown', () => {
    const order = new LatestWins();
    const first = order.start();
    expect(order.accept(first)).toBe(true);
    const second = order.start();
    expect(order.accept(second)).toBe(true);
  });

  it('lets one change show its optimistic state and then the server answer under the same ticket', () => {
    const order = new LatestWins();
    const change = order.start();
    expect(order.accept(change)).toBe(true);
    expect(order.accept(change)).toBe(true);
  });
});

import { compareOrder, isOrderKey, orderKeyBetween } from './order-key';

describe('order keys', () => {
  it('starts at a0 and makes keys after, before and between others that sort as plain strings', () => {
    const first = orderKeyBetween(null, null);
    expect(first).toBe('a0');
    const after = orderKeyBetween(first, null);
    const before = orderKeyBetween(null, first);
    const between = orderKeyBetween(first, after);
    expect([after, between, before, first].sort()).toEqual([before, first, between, after]);
  });

  it('keeps keys short when appending and stays ordered when inserting again and again at one place', () => {
    let last: string | null = null;
    const appended: string[] = [];
    for (let i = 0; i < 1000; i++) appended.push((last = orderKeyBetween(last, null)));
    expect([...appended].sort()).toEqual(appended);
    expect(Math.max(...appended.map((k) => k.length))).toBeLessThanOrEqual(3);
    let hi = appended[1];
    const squeezed: string[] = [];
    for (let i = 0; i < 200; i++) squeezed.push((hi = orderKeyBetween(appended[0], hi)));
    expect(squeezed.every((k) => k > appended[0] && k < appended[1] && isOrderKey(k))).toBe(true);
    expect([...squeezed].sort()).toEqual([...squeezed].reverse());
  });

  it('refuses keys it does not make and bounds in the wrong order', () => {
    expect(isOrderKey('a0')).toBe(true);
    expect(isOrderKey('a00')).toBe(false);
    expect(isOrderKey('')).toBe(false);
    expect(isOrderKey('a-1')).toBe(false);
    expect(() => orderKeyBetween('a1', 'a0')).toThrow();
  });

  it('orders records by key, then by id, broken keys last', () => {
    const rows = [
      { id: 'b', order: 'a1' },
      { id: 'z', order: 'junk!' },
      { id: 'a', order: 'a1' },
      { id: 'c', order: 'a0' },
    ];
    expect(rows.sort(compareOrder).map((r) => r.id)).toEqual(['c', 'a', 'b', 'z']);
  });
});

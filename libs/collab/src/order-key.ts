/**
 * Fractional indexing (the scheme of David Greenspan's `fractional-indexing`, public domain): order keys are base-62
 * strings that sort as plain strings, and a key can always be made between two others, so that moving a record is one
 * field change and two people inserting elsewhere never collide. A key is an integer part, whose head letter says its
 * length (`a0`, `a1`... `b10`...; `Z`, `Y`... below), then an optional fraction. Written here rather than installed:
 * the package ships as ES modules only, which the API's CommonJS build and its tests would have to transpile.
 *
 * Two people inserting at the same place at once get the same key: readers break the tie by record id.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0];
const SMALLEST_INTEGER = 'A' + ZERO.repeat(26);

function midpoint(a: string, b: string | null): string {
  if (b !== null && a >= b) throw new Error(`${a} >= ${b}`);
  if (a.slice(-1) === ZERO || (b && b.slice(-1) === ZERO)) throw new Error('trailing zero');
  if (b) {
    let n = 0;
    while ((a[n] || ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? DIGITS.indexOf(a[0]) : 0;
  const digitB = b !== null ? DIGITS.indexOf(b[0]) : DIGITS.length;
  if (digitB - digitA > 1) return DIGITS[Math.round(0.5 * (digitA + digitB))];
  if (b && b.length > 1) return b.slice(0, 1);
  return DIGITS[digitA] + midpoint(a.slice(1), null);
}

function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  throw new Error(`invalid order key head: ${head}`);
}

function integerPart(key: string): string {
  const length = integerLength(key[0]);
  if (length > key.length) throw new Error(`invalid order key: ${key}`);
  return key.slice(0, length);
}

/** Whether `key` is a key this scheme makes (a record whose order is not one sorts last, see `compareOrder`). */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key === SMALLEST_INTEGER || !/^[0-9A-Za-z]+$/.test(key)) return false;
  try {
    const integer = integerPart(key);
    return key.slice(integer.length).slice(-1) !== ZERO;
  } catch {
    return false;
  }
}

function increment(x: string): string | null {
  const [head, ...digits] = x.split('');
  let carry = true;
  for (let i = digits.length - 1; carry && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]) + 1;
    if (d === DIGITS.length) digits[i] = ZERO;
    else {
      digits[i] = DIGITS[d];
      carry = false;
    }
  }
  if (!carry) return head + digits.join('');
  if (head === 'Z') return 'a' + ZERO;
  if (head === 'z') return null;
  const next = String.fromCharCode(head.charCodeAt(0) + 1);
  if (next > 'a') digits.push(ZERO);
  else digits.pop();
  return next + digits.join('');
}

function decrement(x: string): string | null {
  const [head, ...digits] = x.split('');
  let borrow = true;
  for (let i = digits.length - 1; borrow && i >= 0; i--) {
    const d = DIGITS.indexOf(digits[i]) - 1;
    if (d === -1) digits[i] = DIGITS.slice(-1);
    else {
      digits[i] = DIGITS[d];
      borrow = false;
    }
  }
  if (!borrow) return head + digits.join('');
  if (head === 'a') return 'Z' + DIGITS.slice(-1);
  if (head === 'A') return null;
  const next = String.fromCharCode(head.charCodeAt(0) - 1);
  if (next < 'Z') digits.push(DIGITS.slice(-1));
  else digits.pop();
  return next + digits.join('');
}

/** A key that sorts after `a` and before `b` (null: no bound on that side). */
export function orderKeyBetween(a: string | null, b: string | null): string {
  for (const key of [a, b]) if (key !== null && !isOrderKey(key)) throw new Error(`invalid order key: ${key}`);
  if (a !== null && b !== null && a >= b) throw new Error(`${a} >= ${b}`);
  if (a === null) {
    if (b === null) return 'a' + ZERO;
    const ib = integerPart(b);
    const fb = b.slice(ib.length);
    if (ib === SMALLEST_INTEGER) return ib + midpoint('', fb);
    if (ib < b) return ib;
    const lower = decrement(ib);
    if (lower === null) throw new Error('no key before the smallest one');
    return lower;
  }
  const ia = integerPart(a);
  const fa = a.slice(ia.length);
  if (b === null) return increment(ia) ?? ia + midpoint(fa, null);
  const ib = integerPart(b);
  if (ia === ib) return ia + midpoint(fa, b.slice(ib.length));
  const next = increment(ia);
  if (next === null) throw new Error('no key after the largest one');
  return next < b ? next : ia + midpoint(fa, null);
}

/** Order of two records: by key (plain string order), ties and broken keys by id so that every reader agrees. */
export function compareOrder(a: { order: unknown; id: string }, b: { order: unknown; id: string }): number {
  const ka = isOrderKey(a.order) ? a.order : null;
  const kb = isOrderKey(b.order) ? b.order : null;
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    return ka < kb ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

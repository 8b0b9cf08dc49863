/**
 * Italian tax identifiers. Bodies and organisations have an 11-digit codice fiscale that is also
 * (or is like) a partita IVA; people have a 16-character alphanumeric codice fiscale.
 */

/** Partita IVA / numeric codice fiscale: 11 digits, the last one a Luhn-style check digit. */
export function isValidPartitaIva(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let digit = Number(value[i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10 === Number(value[10]);
}

const ODD_VALUES: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

function evenValue(ch: string): number {
  return /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
}

/** 16-character codice fiscale of a person (omocodia letters accepted), checked by its control character. */
export function isValidPersonalCodiceFiscale(value: string): boolean {
  const cf = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(cf)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD_VALUES[cf[i]] : evenValue(cf[i]);
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

/** An organisation's codice fiscale: 11 digits (most bodies) or 16 characters (e.g. a sole trader). */
export function isValidCodiceFiscale(value: string): boolean {
  return /^\d{11}$/.test(value) ? isValidPartitaIva(value) : isValidPersonalCodiceFiscale(value);
}

/**
 * What customers type, made comparable: full-width digits and letters (NFKC), spaces (half- and full-width),
 * hyphens and long-vowel marks that a Japanese keyboard puts between digits. Pure functions, no DOM.
 */

/** Spaces of every width, and the hyphen-like marks people type between groups of digits. */
const SEPARATORS = /[\s\u3000\-‐‑‒–—―−ー－_]/g;

/** NFKC, then without spaces and hyphens: 「１２３ ４５６」 → 「123456」. */
export function compact(input: string): string {
  return input.normalize('NFKC').replace(SEPARATORS, '');
}

/** A security code as typed → its digits (may still be of the wrong length or contain letters). */
export function normalizeCode(input: string): string {
  return compact(input);
}

/** Whether a normalised security code has the shape of one: exactly 6 digits. */
export function isCodeShape(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** A credential ID as typed → upper case, no spaces or hyphens: 「vsmt 1234 5678」 → 「VSMT12345678」. */
export function normalizeCredentialId(input: string): string {
  return compact(input).toUpperCase();
}

/** The VIP Access credential ID format: 4 letters then 8 digits, 12 characters in all. */
export const CREDENTIAL_ID = /^[A-Z]{4}\d{8}$/;

export function isCredentialIdShape(id: string): boolean {
  return CREDENTIAL_ID.test(id);
}

/** An ID or password as typed → NFKC without surrounding spaces (inner characters are kept: they matter). */
export function normalizeSecretText(input: string): string {
  return input.normalize('NFKC').trim();
}

/**
 * An amount in yen as typed (「１，０００」「1000円」「1,000」) → a whole number of yen, or null when it is not one.
 */
export function parseAmount(input: string): number | null {
  const s = compact(input).replace(/[,，、円]/g, '');
  if (!/^\d{1,12}$/.test(s)) return null;
  return Number(s);
}

/** 1000 → 「1,000」 */
export function formatYen(amount: number): string {
  return String(Math.trunc(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A new credential ID in the real format: one of the given prefixes and 8 random digits.
 * `random` fills an array with random values (crypto.getRandomValues in the browser).
 */
export function newCredentialId(prefixes: readonly string[], random: (a: Uint32Array) => Uint32Array): string {
  const r = random(new Uint32Array(9));
  const prefix = prefixes[r[0]! % prefixes.length]!;
  let digits = '';
  for (let i = 1; i < 9; i++) digits += String(r[i]! % 10);
  return prefix + digits;
}

/** A time (ms) as the sandbox's email notice says it, in the device's time zone: 「2026年11月24日 10時01分」. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}時${pad(d.getMinutes())}分`;
}

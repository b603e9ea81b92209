import { describe, expect, it } from 'vitest';
import { SECRET_BYTES, TOTP, codeAt, codeOfStep, matchStep, newSecret, secondsLeft, stepOf } from '../../src/lib/totp';

/** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890" (20 bytes). */
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');

/** RFC 6238 Appendix B, SHA-1 column: Unix time → 8-digit TOTP. */
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP configuration (RFC 6238, as VIP Access)', () => {
  it('is SHA-1, 6 digits, 30 seconds', () => {
    expect(TOTP).toEqual({ algorithm: 'sha1', digits: 6, period: 30 });
  });

  for (const [time, expected] of VECTORS) {
    it(`T=${time} gives ${expected} (8 digits) and ${expected.slice(-6)} (6 digits)`, async () => {
      expect(await codeAt(RFC_SECRET, time, 8)).toBe(expected);
      // Dynamic truncation keeps the low digits: the 6-digit code is the last 6 of the 8-digit one.
      expect(await codeAt(RFC_SECRET, time)).toBe(expected.slice(-6));
    });
  }

  it('a code stays the same within its 30-second step and changes at the boundary', async () => {
    expect(await codeAt(RFC_SECRET, 1111111110)).toBe(await codeAt(RFC_SECRET, 1111111139));
    expect(stepOf(1111111109)).toBe(37037036);
    expect(stepOf(1111111110)).toBe(37037037);
    expect(await codeOfStep(RFC_SECRET, 37037036)).toBe('081804');
  });

  it('counts the seconds left until the next code', () => {
    expect(secondsLeft(1111111110)).toBe(30);
    expect(secondsLeft(1111111111)).toBe(29);
    expect(secondsLeft(1111111139.9)).toBe(1);
  });

  it('makes a new random 20-byte secret per visit', () => {
    const a = newSecret();
    const b = newSecret();
    expect(a).toBeInstanceOf(Uint8Array);
    expect(a.length).toBe(SECRET_BYTES);
    expect(SECRET_BYTES).toBeGreaterThanOrEqual(16);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it('refuses a secret shorter than 16 bytes (otplib guardrail)', async () => {
    await expect(codeAt(new Uint8Array(10), 59)).rejects.toThrow();
  });
});

describe('matchStep: which step a code belongs to, looking only into the past', () => {
  const now = 1111111111; // step 37037037, 1 s into it
  it('finds the current step', async () => {
    expect(await matchStep(RFC_SECRET, '050471', now, 1)).toBe(37037037);
  });
  it('finds the previous step with one step of tolerance, not with none', async () => {
    expect(await matchStep(RFC_SECRET, '081804', now, 1)).toBe(37037036);
    expect(await matchStep(RFC_SECRET, '081804', now, 0)).toBeNull();
  });
  it('at the last second of a step, tolerance [30, 0] still reaches exactly one step back', async () => {
    const prev = await codeOfStep(RFC_SECRET, 37037036);
    const twoBack = await codeOfStep(RFC_SECRET, 37037035);
    expect(await matchStep(RFC_SECRET, prev, 1111111139, 1)).toBe(37037036);
    expect(await matchStep(RFC_SECRET, twoBack, 1111111139, 1)).toBeNull();
  });
  it('never accepts a code from the future', async () => {
    const next = await codeOfStep(RFC_SECRET, 37037038);
    expect(await matchStep(RFC_SECRET, next, now, 5)).toBeNull();
  });
  it('returns null for anything that is not 6 digits', async () => {
    expect(await matchStep(RFC_SECRET, '05047', now, 1)).toBeNull();
    expect(await matchStep(RFC_SECRET, 'abcdef', now, 1)).toBeNull();
  });
});

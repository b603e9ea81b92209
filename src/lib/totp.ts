/**
 * TOTP (RFC 6238) as VIP Access computes it: HMAC-SHA-1, 6 digits, a new code every 30 seconds.
 * otplib 13 (its TOTP package, @otplib/totp, without the default plugins we do not use) does the arithmetic; the HMAC comes from the browser's Web Crypto API (`crypto.subtle`),
 * which is also in Node ≥ 20, so the unit tests run the same code. No DOM, no network.
 */
import { generate, verify } from '@otplib/totp';

/** The token's configuration. Changing any of these would make the sandbox unlike the real VIP Access. */
export const TOTP = { algorithm: 'sha1', digits: 6, period: 30 } as const;

/** otplib's crypto plugin type, taken from its own signature so that no internal package is imported. */
type CryptoPlugin = NonNullable<Parameters<typeof generate>[0]['crypto']>;

const SUBTLE_NAME: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

function bytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

/** A crypto plugin for otplib backed by Web Crypto: HMAC with `crypto.subtle`, random bytes with `getRandomValues`. */
export const webCrypto: CryptoPlugin = {
  name: 'web',
  algorithms: ['sha1', 'sha256', 'sha512'],
  async hmac(algorithm, key, data) {
    const hash = SUBTLE_NAME[String(algorithm).toLowerCase().replace(/[-_]/g, '')];
    if (!hash) throw new Error(`unsupported hash: ${algorithm}`);
    const k = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', k, data as BufferSource));
  },
  randomBytes(length) {
    return crypto.getRandomValues(new Uint8Array(length));
  },
  constantTimeEqual(a, b) {
    const x = bytes(a);
    const y = bytes(b);
    if (x.length !== y.length) return false;
    let diff = 0;
    for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
    return diff === 0;
  },
};

/** Bytes of a new random secret: 20 bytes (160 bits) as RFC 4226 recommends; otplib refuses fewer than 16. */
export const SECRET_BYTES = 20;

/** A new random secret, made with the Web Crypto API. Lives only in memory. */
export function newSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(SECRET_BYTES));
}

/** The RFC 6238 time step (counter) of a Unix time in seconds. */
export function stepOf(epochSeconds: number): number {
  return Math.floor(epochSeconds / TOTP.period);
}

/** Whole seconds until the code shown at this moment is replaced (30 … 1). */
export function secondsLeft(epochSeconds: number): number {
  return TOTP.period - (Math.floor(epochSeconds) % TOTP.period);
}

/** The security code shown at a Unix time (seconds). `digits` is 6 for the token; the RFC vectors use 8. */
export function codeAt(secret: Uint8Array, epochSeconds: number, digits: number = TOTP.digits): Promise<string> {
  return generate({ secret, epoch: Math.floor(epochSeconds), algorithm: TOTP.algorithm, digits, period: TOTP.period, crypto: webCrypto });
}

/** The security code of a time step. */
export function codeOfStep(secret: Uint8Array, step: number): Promise<string> {
  return codeAt(secret, step * TOTP.period);
}

/**
 * The time step whose code `token` is, looking `stepsBack` steps into the past from `epochSeconds`
 * (never into the future: a token cannot show a code before its time). null when it matches none.
 * `token` must already be normalised to digits.
 */
export async function matchStep(secret: Uint8Array, token: string, epochSeconds: number, stepsBack: number): Promise<number | null> {
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(epochSeconds),
    algorithm: TOTP.algorithm,
    digits: TOTP.digits,
    period: TOTP.period,
    epochTolerance: [stepsBack * TOTP.period, 0],
    crypto: webCrypto,
  });
  // otplib types the result for TOTP and HOTP alike; a TOTP match carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

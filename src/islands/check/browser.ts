/**
 * What the island reads from the browser. Every call is guarded: an odd or old browser gets
 * `undefined` / false, never an exception, and nothing waits forever.
 */

const HIGH_ENTROPY = ['platformVersion', 'fullVersionList', 'model'];

/** Resolves to `fallback` after `ms` unless `p` settles first (and to `fallback` if it rejects). */
export function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

interface UADataLike {
  platform?: unknown;
  mobile?: unknown;
  brands?: unknown;
  getHighEntropyValues?: (hints: string[]) => Promise<Record<string, unknown>>;
}

/** navigator.userAgentData with its high-entropy values, waiting at most `timeoutMs`. */
export async function readClientHints(timeoutMs = 1000): Promise<Record<string, unknown> | undefined> {
  let uad: UADataLike | undefined;
  try {
    uad = (navigator as Navigator & { userAgentData?: UADataLike }).userAgentData;
  } catch {
    return undefined;
  }
  if (!uad || typeof uad !== 'object') return undefined;
  const low: Record<string, unknown> = { platform: uad.platform, mobile: uad.mobile, brands: uad.brands };
  if (typeof uad.getHighEntropyValues !== 'function') return low;
  let request: Promise<Record<string, unknown> | undefined>;
  try {
    request = Promise.resolve(uad.getHighEntropyValues(HIGH_ENTROPY));
  } catch {
    return low;
  }
  const high = await withTimeout(request, timeoutMs, undefined);
  return high && typeof high === 'object' ? { ...low, ...high } : low;
}

/** Cookies on: the browser says so AND a test cookie can be written and read back. */
export function cookiesWork(): boolean {
  try {
    if (!navigator.cookieEnabled) return false;
    const name = 'otp_help_cookie_test';
    const value = String(Date.now());
    document.cookie = `${name}=${value}; path=/check/; SameSite=Strict; max-age=60`;
    const ok = document.cookie.split('; ').indexOf(`${name}=${value}`) !== -1;
    document.cookie = `${name}=; path=/check/; SameSite=Strict; max-age=0`;
    return ok;
  } catch {
    return false;
  }
}

export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  dateHeader: string | null;
  /** How long a cache in front of the site kept the response, if one did (seconds). */
  ageHeader: string | null;
}

/** A same-origin HEAD request for the server's `Date` header; undefined when it fails (or takes > `timeoutMs`). */
export async function sampleServerClock(timeoutMs = 8000): Promise<ClockSample | undefined> {
  const ctrl = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => ctrl?.abort(), timeoutMs);
  try {
    const sentAt = Date.now();
    const res = await withTimeout(
      fetch('/check/', { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', signal: ctrl?.signal }),
      timeoutMs + 100,
      undefined,
    );
    const receivedAt = Date.now();
    if (!res) return undefined;
    return { sentAt, receivedAt, dateHeader: res.headers.get('date'), ageHeader: res.headers.get('age') };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export function touchPoints(): number {
  try {
    return Number(navigator.maxTouchPoints) || 0;
  } catch {
    return 0;
  }
}

export function userAgent(): string {
  try {
    return typeof navigator.userAgent === 'string' ? navigator.userAgent : '';
  } catch {
    return '';
  }
}

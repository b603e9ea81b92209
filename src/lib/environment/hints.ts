/**
 * Client hints arrive from the browser (or from a test) as anything at all. This makes a safe, bounded
 * copy: only the fields the checker uses, only strings of a sane length. Never throws.
 */
import type { BrandVersion, ClientHints } from './types';

const MAX_TEXT = 128;
const MAX_BRANDS = 16;

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= MAX_TEXT ? v : undefined;
}

function brandList(v: unknown): BrandVersion[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: BrandVersion[] = [];
  for (const item of v.slice(0, MAX_BRANDS)) {
    if (!item || typeof item !== 'object') continue;
    const brand = text((item as Record<string, unknown>).brand);
    const version = text((item as Record<string, unknown>).version);
    if (brand !== undefined && version !== undefined) out.push({ brand, version });
  }
  return out.length ? out : undefined;
}

/** A safe copy of client hints, or undefined when there are none worth reading. */
export function normalizeHints(raw: unknown): ClientHints | undefined {
  try {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
    const r = raw as Record<string, unknown>;
    const hints: ClientHints = {};
    const platform = text(r.platform);
    if (platform) hints.platform = platform;
    const platformVersion = text(r.platformVersion);
    if (platformVersion) hints.platformVersion = platformVersion;
    const model = text(r.model);
    if (model) hints.model = model;
    if (typeof r.mobile === 'boolean') hints.mobile = r.mobile;
    const brands = brandList(r.brands);
    if (brands) hints.brands = brands;
    const full = brandList(r.fullVersionList);
    if (full) hints.fullVersionList = full;
    return Object.keys(hints).length ? hints : undefined;
  } catch {
    return undefined;
  }
}

/** "15.0.0" → [15, 0]; anything else → undefined. */
export function parseVersion(v: string | undefined): [number, number] | undefined {
  if (!v) return undefined;
  const m = /^\s*(\d{1,4})(?:[._](\d{1,4}))?/.exec(v);
  if (!m) return undefined;
  return [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])];
}

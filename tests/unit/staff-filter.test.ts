import { describe, expect, it } from 'vitest';
import { filterEntries } from '../../src/lib/search/filter';
import type { Matcher, SearchDoc } from '../../src/lib/search/matcher';
import { qrPath } from '../../src/lib/qr';

const doc = (url: string, parent?: string) => ({ url, parent }) as SearchDoc;
/** A matcher that finds fixed answers, best first. */
const finds = (...docs: SearchDoc[]): Matcher => ({
  answers: [],
  search: () => docs.map((d, i) => ({ doc: d, coverage: 1, score: docs.length - i })),
  measure: () => [],
  needsReadings: () => false,
  addReadings: () => {},
  readAs: (q) => q,
});
const entries = ['/faq/#q7', '/notice/#feature-phone', '/guide/#troubleshooting'].map((path, i) => ({ el: `item-${i}`, path }));

describe('filterEntries', () => {
  it('keeps everything, in the list\'s order, for an empty query', () => {
    expect(filterEntries(entries, '  ', finds())).toEqual(entries);
  });
  it('keeps what the matcher finds, best first; a part of an answer stands for its answer, once', () => {
    const m = finds(doc('/guide/#trouble-clock', '/guide/#troubleshooting'), doc('/faq/#q7'), doc('/guide/#troubleshooting'));
    expect(filterEntries(entries, '時計', m).map((e) => e.path)).toEqual(['/guide/#troubleshooting', '/faq/#q7']);
  });
  it('returns nothing when nothing is found', () => {
    expect(filterEntries(entries, 'zzqxv', finds())).toEqual([]);
  });
});

describe('qrPath', () => {
  it('draws a square code whose size grows with the text, in module units', () => {
    const short = qrPath('https://example.jp/faq/#q2');
    const long = qrPath('https://otp-help.date-shinkin.example/guide/#troubleshooting-and-more-text');
    expect(short.size).toBeGreaterThanOrEqual(21);
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.d).toMatch(/^M0 0h7v1h-7z/); // the top-left finder pattern
  });
});

/**
 * Build time only (Node): the table of kanji by reading that the browser fetches to read a typo of the same
 * reading (sound-alike.ts). From KANJIDIC (© EDRDG, CC BY-SA 4.0), through the kanji.js package.
 *
 * Only what can make a typo for one of the answers' pairs of kanji is kept: each kanji's on'yomi that a kanji of
 * those pairs also has, for the everyday kanji (the 常用漢字 among the most frequent; an input method offers
 * everyday words) and the answers' own kanji.
 */
import { createRequire } from 'node:module';
import { bigrams, type SearchData } from './matcher';
import type { KanjiReadings } from './sound-alike';

interface KanjidicEntry {
  literal: string;
  /** 1–6 教育漢字, 8 the rest of the 常用漢字, 9–10 names. */
  grade: number | null;
  /** Rank among the 2,500 most frequent kanji in newspapers, or null. */
  freq: number | null;
  onyomi: string[];
}

const KANJI = /\p{Script=Han}/u;
const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** A pair of kanji, or a digit and the kanji of a count after it (「2台」「0秒」 of 「30秒」). */
const isPair = (b: string) => b.length === 2 && (KANJI.test(b[0]!) || /\d/.test(b[0]!)) && KANJI.test(b[1]!);

/** The answers' pairs of kanji, and of a digit and a kanji (see `isPair`), with how many answers have each. */
export function kanjiPairs(data: SearchData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of data.docs) {
    const pairs = new Set<string>();
    for (const field of Object.values(doc.fields)) {
      for (const phrase of field.p) for (const b of bigrams(phrase)) if (isPair(b)) pairs.add(b);
    }
    for (const p of pairs) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** `maxFreq`: the everyday kanji are the 常用漢字 ranked at most this in frequency. */
export function buildKanjiReadings(data: SearchData, kanjidic: readonly KanjidicEntry[], maxFreq: number): KanjiReadings {
  const own = new Set([...kanjiPairs(data).keys()].join(''));
  // The first on'yomi only: the one everyday words use (続 ぞく, not its rare こう, which would read 手続 as 手口).
  const onyomi = new Map(kanjidic.map((k) => [k.literal, k.onyomi.slice(0, 1).map((r) => toHiragana(r.replace(/-/g, '')))]));
  const wanted = new Set([...own].flatMap((k) => onyomi.get(k) ?? []));
  const table: KanjiReadings = {};
  for (const k of kanjidic) {
    const everyday = k.grade !== null && k.grade <= 8 && k.freq !== null && k.freq <= maxFreq;
    if (!everyday && !own.has(k.literal)) continue;
    for (const r of onyomi.get(k.literal)!) if (wanted.has(r)) table[r] = (table[r] ?? '') + k.literal;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every entry of KANJIDIC, from the kanji.js package. */
export function readKanjidic(): KanjidicEntry[] {
  const Kanji = createRequire(import.meta.url)('kanji.js') as { search(options: object): KanjidicEntry[] };
  return Kanji.search({});
}

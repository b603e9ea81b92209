/**
 * Typos made by choosing the wrong kanji of the same reading. Typing 「きしゅへんこう」, a customer may accept the
 * input method's 「期首変更」 for 「機種変更」, or 「不振なメール」 for 「不審なメール」. A pair of kanji that no answer
 * has is read as the pair an answer has that sounds the same, kanji by kanji (期 き = 機 き, 首 しゅ = 種 しゅ). So is a
 * count after a digit: 「パソコン2代」 is 「2台」, 「30病」 is 「30秒」.
 *
 * The browser has no dictionary. It gets a small table of kanji by their on'yomi (`KanjiReadings`, written at
 * build time from KANJIDIC by `buildKanjiReadings`), and only when a query has such a pair. Pure.
 */

/** Reading (hiragana) → the kanji that have it (「き」 → 「機期器気…」). */
export type KanjiReadings = Record<string, string>;

/** URL of the table, written at build time (src/pages/search/kanji-readings.json.ts). */
export const KANJI_READINGS_URL = '/search/kanji-readings.json';

/**
 * `known`: the pairs of kanji the answers have, with how many answers have each. Returns, for a pair no answer
 * has, the known pair that reads the same, or null. When several do, the one that keeps a kanji in its place
 * (「対称」 → 「対象」, not 「大賞」), then the one more answers have, then the first in code-point order.
 */
export function soundAlike(known: ReadonlyMap<string, number>, table: KanjiReadings): (pair: string) => string | null {
  const readingsOf = new Map<string, string[]>();
  for (const reading of Object.keys(table).sort()) {
    for (const k of table[reading]!) readingsOf.set(k, [...(readingsOf.get(k) ?? []), reading]);
  }
  const read = (pair: string): string[] => {
    const [a, b] = [...pair];
    // A digit reads as itself: 「2代」 is 「2台」 (a count of the same reading after the same digit).
    const first = /\d/.test(a!) ? [a!] : (readingsOf.get(a!) ?? []);
    const second = readingsOf.get(b!) ?? [];
    return first.flatMap((x) => second.map((y) => `${x}|${y}`));
  };
  const byReading = new Map<string, string[]>();
  for (const pair of [...known.keys()].sort()) {
    if ([...pair].length !== 2) continue;
    for (const r of read(pair)) byReading.set(r, [...(byReading.get(r) ?? []), pair]);
  }
  return (pair) => {
    if (known.has(pair) || [...pair].length !== 2) return null;
    let best: string | null = null;
    let bestRank = -1;
    for (const r of read(pair)) {
      for (const candidate of byReading.get(r) ?? []) {
        const inPlace = candidate[0] === pair[0] || candidate[1] === pair[1];
        const rank = (inPlace ? 1e6 : 0) + known.get(candidate)!;
        if (rank > bestRank || (rank === bestRank && candidate < best!)) {
          best = candidate;
          bestRank = rank;
        }
      }
    }
    return best;
  };
}

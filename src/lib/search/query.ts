/**
 * What a customer typed → the words to look up. Pure, DOM-free.
 *
 * Customers type questions (「スマホとパソコン両方に入れないとだめ？」), not keywords, and Pagefind
 * requires every word of a query to match. So a query becomes groups of alternatives:
 * - each concept of the vocabulary found in the query is one group with all its terms (スマホ → スマートフォン …);
 * - each other content word is a group of its own (hiragana-only words also tried in katakana);
 * - particles and filler (は, ですか, だめ …) are dropped.
 * Search then looks up every alternative and ranks answers by how many groups they match (see rank.ts).
 */
import type { Concept } from '../../data/vocabulary';
import { fold, isHiraganaOnly, normalizeQuery, toHiragana, toKatakana } from './normalize';

export interface TermGroup {
  /** The concept id, or the word itself when it is not in the vocabulary. */
  key: string;
  /** Words to look up; an answer matching any of them matches the group. */
  alternatives: string[];
}

/** Words that carry no meaning for search (compared kana-folded). */
const STOPWORDS = new Set(
  [
    'は', 'が', 'を', 'に', 'で', 'と', 'も', 'の', 'へ', 'や', 'か', 'ね', 'よ', 'な', 'だ', 'て', 'た', 'し', 'ば', 'から', 'まで', 'より',
    'です', 'ます', 'でし', 'でしょう', 'でしょ', 'ません', 'ください', 'たい', 'ない', 'なく', 'いい', 'よい', '良い', 'できる', 'できます',
    'ある', 'あり', 'いる', 'い', 'する', 'し', 'なる', 'なり', 'どう', 'なに', '何', 'どれ', 'どこ', 'こと', 'もの', 'これ', 'それ', 'あれ',
    'この', 'その', 'どの', 'ため', 'とき', '時', '場合', 'だめ', 'ダメ', '必要', 'って', 'けど', 'なんで', 'なぜ', 'どうして', 'どうすれ',
    'すれ', 'どうやって', 'ほしい', '欲しい', 'したい', 'の', 'んです', 'ん', 'のか', 'ですか', 'かな', 'よね', 'たら', 'れ', 'られ',
    'おしえ', '教え', 'わから', '分から', 'わかり', '知り', '知りたい', 'について', 'つい', 'ついて', 'お願い', 'おねがい', '方法', 'やり方',
    'まし', 'でき', 'なっ', 'いけ', 'いけない', 'なら', 'なければ', 'しなけれ', 'なけれ', 'ならない', 'しまっ', 'しまい', 'ちゃっ', 'じゃ',
    'なん', 'なんですか', 'とは', 'どうしよう', 'どうしたら', 'いいの', 'もらえ', 'もらえない', 'やつ', 'ところ', 'ある', 'あります',
    'かかる', 'かかり', '使える', '使え', '使う', '使い', '使っ', 'さ', 'せ', '入れ', 'いれ', '入れる', 'いれる',
  ].map(fold),
);

interface Match {
  start: number;
  end: number;
  concept: Concept;
}

/** Splits a query into term groups. An empty or meaningless query gives []. */
export function analyzeQuery(input: string, vocabulary: readonly Concept[]): TermGroup[] {
  const query = normalizeQuery(input).slice(0, 200);
  if (!query) return [];
  // The query is already normalised; kana-folding keeps its length, so positions match `query`.
  const text = toHiragana(query);

  // 1. Concepts, longest term first, without overlaps.
  const candidates: Match[] = [];
  for (const concept of vocabulary) {
    for (const term of concept.terms) {
      const t = toHiragana(normalizeQuery(term));
      if (!t) continue;
      let from = 0;
      for (let at = text.indexOf(t, from); at !== -1; at = text.indexOf(t, from)) {
        candidates.push({ start: at, end: at + t.length, concept });
        from = at + 1;
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Match[] = [];
  for (const m of candidates) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
  }
  taken.sort((a, b) => a.start - b.start);

  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  const add = (g: TermGroup) => {
    if (seen.has(g.key)) return;
    seen.add(g.key);
    groups.push(g);
  };
  for (const m of taken) {
    // Hiragana readings only recognise the concept; the site's text is looked up in its written forms.
    // Phrases with particles (専用の機械) only recognise the concept too: looking them up would match every 「の」.
    const lookups = m.concept.terms.filter((t) => !isHiraganaOnly(t.replace(/\s/g, '')) && isSafeLookup(t));
    add({ key: m.concept.id, alternatives: lookups.map(normalizeQuery) });
  }

  // 2. The rest, split into words.
  let rest = '';
  let pos = 0;
  for (const m of taken) {
    rest += query.slice(pos, m.start) + ' ';
    pos = m.end;
  }
  rest += query.slice(pos);
  for (const word of words(rest)) {
    const f = fold(word);
    if (STOPWORDS.has(f)) continue;
    if (/^[\u3041-\u3096ー]$/.test(word)) continue; // a single kana is a particle
    const alternatives = isHiraganaOnly(word) ? [word, toKatakana(word)] : [word];
    add({ key: f, alternatives });
  }

  // 3. Nothing meaningful left: search what was typed.
  if (groups.length === 0) add({ key: fold(query), alternatives: [query] });
  return groups;
}

/** A term is safe to look up when none of its words is a particle or filler. */
export function isSafeLookup(term: string): boolean {
  return words(normalizeQuery(term)).every((w) => !STOPWORDS.has(fold(w)) && !/^[\u3041-\u3096]$/.test(w));
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;

/** Content words of a Japanese string (Intl.Segmenter where available, else spaces and punctuation). */
export function words(text: string): string[] {
  if (segmenter) {
    return [...segmenter.segment(text)].filter((s) => s.isWordLike || /[\u2460-\u2473]/.test(s.segment)).map((s) => s.segment);
  }
  return text.split(/[\s、。？！?!・「」（）()]+/).filter(Boolean);
}

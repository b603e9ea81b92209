/**
 * The site's answer matcher: what a customer typed → the answers that answer it, best first, or nothing.
 * Pure and synchronous; the search page and the staff filter both use it, on the data `buildSearchData` wrote.
 *
 * It does not split the query into words with a dictionary (the browser and the indexer would split Japanese
 * differently):
 * - the customers' vocabulary (スマホ = スマートフォン = iPhone …) is found by its written forms and readings,
 *   in the query and, at build time, in each answer;
 * - the rest is compared as overlapping pairs of characters (bigrams) with each answer's phrases, as written
 *   and as read (hiragana), so 「きしゅへん」 finds 機種変更 and 「ｽﾏﾎ」 finds スマホ;
 * - answers are ranked by BM25 over those tokens (bm25.ts), the question and the customers' phrasings
 *   counting most, together with how much of the query each answer covers and how much of its question the
 *   query says;
 * - an answer is found only when it covers enough of the query, so 「らんさむ」 finds nothing;
 * - a katakana word typed without its voicing marks, with a small ッ too many or too few, ソ for ン, ホ for フォ, or
 *   two letters swapped, is read as the answers' word (「ロクイン」 → 「ログイン」, 「トークソ」 → 「トークン」,
 *   「ウイスル」 → 「ウィルス」); a reading of four kana or more is found
 *   without its voicing marks too (「まちかえた」 is 「まちがえた」); and,
 *   once it has the table of kanji readings (`addReadings`), a pair of kanji no answer has as the answers' pair of
 *   the same reading, a typo the input method made (「期首変更」 → 「機種変更」, sound-alike.ts).
 */
import { createBm25 } from './bm25';
import { conceptText, loose, normalizeQuery, standsAlone, toHiragana, toKatakana, typedBreaks } from './normalize';
import { readRomaji, romajiToKana } from './romaji';
import { soundAlike, type KanjiReadings } from './sound-alike';

/**
 * One field of an answer, as shipped: its phrases (folded, written and read) and the concepts its text names,
 * once for each phrasing that names it (an answer many of whose phrasings say 「インストール」 is about that).
 */
export interface FieldData {
  p: string[];
  c: string[];
}

export interface SearchDoc {
  /** page#anchor, or the page for a whole-page answer. */
  url: string;
  /** 案内番号 (answers only, not their parts). */
  code?: string;
  /** The heading as shown (with its label). */
  title: string;
  summary: string;
  /** The page it is on, to show where the answer is. */
  page: string;
  /** For a part of an answer (a case of the troubleshooting guide): the answer it belongs to. */
  parent?: string;
  fields: Record<FieldName, FieldData>;
}

export interface SearchData {
  /** Concept id → its forms (written forms and readings). */
  concepts: Record<string, string[]>;
  /** The concepts that many questions not about this site name too (see Concept.general). */
  general: string[];
  /** The forms of the words that say what kind of answer is wanted (src/data/question-words.ts): left out of a query. */
  asking: string[];
  /**
   * The forms of the subjects this site does not answer (src/data/other-subjects.ts): a query that names one is
   * answered only when an answer covers enough of it, never for one of the site's own words alone.
   */
  elsewhere: string[];
  docs: SearchDoc[];
}

export type FieldName = 'title' | 'words' | 'summary';

/** The matcher's settings, measured with `npm run eval:search` on the tuning set (never the held-out sets). */
export interface Tuning {
  /** How much a match in each field counts towards covering the query. The question and phrasings count fully. */
  coverage: Record<FieldName, number>;
  /** BM25 boost of each field. */
  boost: Record<FieldName, number>;
  /** Weight of coverage (and question fit) in the rank, beside BM25 scaled to the best answer's 1. */
  blend: number;
  /** How much it adds to an answer's rank that the query says most of its question (the share of the title covered). */
  questionFit: number;
  /** A chunk matches a phrase when this share of the shorter of the two is shared (「らーめん」 is not 「えらー」). */
  minContainment: number;
  /** What a matching pair of hiragana adds to coverage in a query that has kanji or katakana (most likely grammar). */
  grammarBonus: number;
  /** BM25 boost of a concept (スマホ = スマートフォン …) over a pair of characters. */
  conceptBoost: number;
  /** How much of its weight a pair of kanji no answer has (a likely typo) gets for a rare kanji it shares in place. */
  typo: number;
  /**
   * What a part of an answer (a case of the troubleshooting guide) gives up in rank: in a near tie, the whole
   * answer, which has its own 案内番号 and the part's context, comes first (「機種変更」: the task, then the case).
   * It still shows as long as its own score is near enough the best.
   */
  part: number;
  /**
   * A subject this site does not answer, named in a short query (「Amazonのワンタイムパスワード」), counts as this many
   * words no answer has: the answers must cover the rest of the query all the more to be shown.
   */
  elsewhere: number;
}

export const TUNING: Tuning = {
  coverage: { title: 1, words: 1, summary: 0.7 },
  boost: { title: 3, words: 2, summary: 1.5 },
  blend: 0.6,
  questionFit: 0.3,
  minContainment: 0.6,
  grammarBonus: 0.25,
  conceptBoost: 3,
  typo: 0.5,
  part: 0.3,
  elsewhere: 2,
};

export interface Match {
  doc: SearchDoc;
  /** Share of the query this answer covers, 0–1: whether it answers the query at all. */
  coverage: number;
  /** The order of the results: BM25 (1 for the best answer) plus coverage and question fit. */
  score: number;
}

export interface MatchOptions {
  /** Below this share of the query, an answer does not count as found. */
  threshold?: number;
  /** The share that is enough when the answer has a word of this site's own subject that the query names. */
  anchoredThreshold?: number;
  /** Answers scoring less than this share of the best one are left out. */
  relative?: number;
  limit?: number;
}

export const DEFAULTS: Required<MatchOptions> = { threshold: 0.45, anchoredThreshold: 0.05, relative: 0.5, limit: 10 };

const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/;
const KANJI = /\p{Script=Han}/u;
/** What separates phrases in a query: spaces and punctuation. */
const BREAK = /[\s、。，．,.!?！？・「」『』（）()［］\[\]【】〜~:：;；/／"'“”‘’…]+/u;

/**
 * The concepts a text (in `conceptText` form) names, longest form first, without overlaps, and the text
 * with their spans replaced by a break (so that what is left is compared as bigrams).
 * `typed`: the text is what a customer typed (a reading is found without its voicing marks too); `breaks`: where
 * words ended in it (see `typedBreaks`), kept in what is left.
 */
export function findConcepts(text: string, concepts: Record<string, string[]>, typed = false, breaks?: ReadonlySet<number>): { ids: string[]; rest: string } {
  const spans: { start: number; end: number; id: string }[] = [];
  // In what a customer typed, a reading of four kana or more is found without its voicing marks too (「まちかえて」 is
  // 「まちがえて」): easy to miss on a phone, and a longer word is seldom another word without them.
  const plain = typed ? plainKana(text) : '';
  for (const [id, forms] of Object.entries(concepts)) {
    for (const form of forms) {
      if (!form) continue;
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
        // A form in letters is a word of its own: 「sc」 is not in 「disc」, nor 「st」 in 「app store」.
        if (standsAlone(text, at, form)) spans.push({ start: at, end: at + form.length, id });
      }
      if (!typed || form.length < 4) continue;
      const bare = bareForms.get(form) ?? bareForm(form);
      // Nothing to find that the search as typed has not found: neither has voicing marks.
      if (bare === null || (bare === form && plain === text)) continue;
      for (let at = plain.indexOf(bare); at !== -1; at = plain.indexOf(bare, at + 1)) spans.push({ start: at, end: at + form.length, id });
    }
  }
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : 1));
  const taken: typeof spans = [];
  for (const s of spans) if (!taken.some((t) => s.start < t.end && t.start < s.end)) taken.push(s);
  taken.sort((a, b) => a.start - b.start);
  const cut = (from: number, to: number) => {
    if (!breaks?.size) return text.slice(from, to);
    let out = '';
    for (let i = from; i < to; i++) out += (i > from && breaks.has(i) ? ' ' : '') + text[i];
    return out;
  };
  let rest = '';
  let pos = 0;
  for (const t of taken) {
    rest += cut(pos, t.start) + ' ';
    pos = t.end;
  }
  rest += cut(pos, text.length);
  return { ids: [...new Set(taken.map((t) => t.id))], rest };
}

const VOICED_HIRAGANA = 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽゔ';
const PLAIN_HIRAGANA = 'かきくけこさしすせそたちつてとはひふへほはひふへほう';
/** Hiragana without voicing marks, letter for letter: 「まちがえ」 → 「まちかえ」. */
const plainKana = (text: string) => text.replace(/[が-ゔ]/g, (c) => (VOICED_HIRAGANA.includes(c) ? PLAIN_HIRAGANA[VOICED_HIRAGANA.indexOf(c)]! : c));

/** Each hiragana form of four letters or more without its voicing marks; null for another form. */
const bareForms = new Map<string, string | null>();
function bareForm(form: string): string | null {
  const bare = HIRAGANA_ONLY.test(form) ? plainKana(form) : null;
  bareForms.set(form, bare);
  return bare;
}

/** A katakana word of up to three letters (「ロン」, as `loose` writes 「ローン」). */
const SHORT_KATAKANA = /^[\u30a1-\u30fa]{1,3}$/;
/** Whether a text has a form that no katakana comes before: 「ローン」 is not in 「サロン」, nor 「ガス」 in 「ワンガス」. */
function endsWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) if (!KATAKANA.test(text[at - 1] ?? '')) return true;
  return false;
}

/** Whether a text (in `conceptText` form) has a form, in letters only as a word of its own. */
function hasWord(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) if (standsAlone(text, at, form)) return true;
  return false;
}

/**
 * The words of a text, roughly: split at spaces and punctuation, where hiragana runs into kanji, katakana
 * or a letter (in Japanese, where a particle ends and the next word begins: 「タダで｜使えるの」), and where
 * kanji and katakana meet (「練習｜ページ」: so a typo in one word does not spoil a pair across both).
 */
export function chunks(text: string): string[] {
  const out: string[] = [];
  eachChunk(text, (chars, _, start, end) => out.push(chars.slice(start, end).join('')));
  return out;
}

/**
 * Calls `each` with each chunk of a text (see `chunks`): its phrase's characters and their scripts (`scriptOf`),
 * and where in them the chunk is, [start, end).
 */
function eachChunk(text: string, each: (chars: readonly string[], kinds: readonly string[], start: number, end: number) => void): void {
  for (const phrase of text.split(BREAK)) {
    const chars = [...phrase];
    const kinds = chars.map(scriptOf);
    let start = 0;
    let prevKana = false;
    let prevScript = '';
    for (let i = 0; i < chars.length; i++) {
      const kana = kinds[i] === 'kana';
      const script = kana ? '' : kinds[i]!;
      const turn = script && prevScript && script !== prevScript;
      if (((prevKana && !kana && chars[i] !== 'ー') || turn) && i > start) {
        each(chars, kinds, start, i);
        start = i;
      }
      prevKana = kana;
      if (chars[i] !== 'ー') prevScript = script;
    }
    if (chars.length > start) each(chars, kinds, start, chars.length);
  }
}

/** Whether the character at `i` of the chunk [start, end) is a kanji with no kanji beside it in the chunk. */
const loneKanji = (kinds: readonly string[], start: number, end: number, i: number) =>
  kinds[i] === 'kanji' && (i === start || kinds[i - 1] !== 'kanji') && (i + 1 === end || kinds[i + 1] !== 'kanji');

/**
 * The tokens of a text: overlapping pairs of characters of each chunk, and each kanji that stands alone
 * (「前」 of 「前のスマホ」), kana-folded so that katakana and hiragana compare equal (「トークン」 = 「とーくん」).
 * Chunks are found in the text as written.
 */
export function bigrams(text: string): string[] {
  // The same tokens as `pieces`, without what only a query needs (no objects, each pair folded once): the answers'
  // thousands of phrases are read when the search page starts, on a slow phone too.
  const out: string[] = [];
  eachChunk(loose(text), (chars, kinds, start, end) => {
    for (let i = start; i < end; i++) {
      if (loneKanji(kinds, start, end, i)) out.push(chars[i]!);
      if (i + 1 < end) {
        const pair = chars[i]! + chars[i + 1]!;
        let folded = hiragana.get(pair);
        if (folded === undefined) hiragana.set(pair, (folded = toHiragana(pair)));
        out.push(folded);
      }
    }
  });
  return out;
}

/** The answers' pieces recur thousands of times: each is folded once (the data is read faster on a slow phone). */
const hiragana = new Map<string, string>();
const scripts = new Map<string, string>();
/** A character's script, as the words are split by: 'kanji', 'katakana', 'kana' (hiragana but ー) or ''. */
function scriptOf(ch: string): string {
  // The common characters at once: hiragana, katakana, the main block of kanji, ASCII.
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c >= 0x3041 && c <= 0x3096) return 'kana';
    if (c >= 0x30a1 && c <= 0x30fa) return 'katakana';
    if (c >= 0x4e00 && c <= 0x9fff) return 'kanji';
    if (c < 0x80) return '';
  }
  let script = scripts.get(ch);
  if (script === undefined) {
    script = KANJI.test(ch) ? 'kanji' : KATAKANA.test(ch) ? 'katakana' : HIRAGANA_ONLY.test(ch) && ch !== 'ー' ? 'kana' : '';
    scripts.set(ch, script);
  }
  return script;
}

/** The pairs of kanji in a text's runs of kanji: every pair (`step` 1), or word by word, two at a time (2: 機種｜変更). */
function kanjiRunPairs(text: string, step: 1 | 2): string[] {
  const out: string[] = [];
  for (const run of text.match(KANJI_RUN) ?? []) {
    const k = [...run];
    for (let i = 0; i + 1 < k.length; i += step) out.push(k[i]! + k[i + 1]!);
  }
  return out;
}

const isKanjiPair = (t: string) => t.length === 2 && KANJI.test(t[0]!) && KANJI.test(t[1]!);
/** A digit and the kanji of a count after it: 「2台」, and 「0秒」 of 「30秒」. */
const COUNT = /[0-9０-９]\p{Script=Han}/gu;
const isCountPair = (t: string) => t.length === 2 && /\d/.test(t[0]!) && KANJI.test(t[1]!);

const KATAKANA = /[\u30a1-\u30fa]/;
const KANJI_RUN = /\p{Script=Han}{2,}/gu;
/** A word in hiragana typed on its own between spaces, three letters or more. */
const HIRAGANA_WORD = /^[\u3041-\u3096][\u3041-\u3096ー]{2,}$/;
/** A word in katakana, three letters or more. */
const KATAKANA_WORD = /[\u30a1-\u30fa][\u30a1-\u30faー]{2,}/g;
const VOICED = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ';
const PLAIN = 'カキクケコサシスセソタチツテトハヒフヘホハヒフヘホウ';
/** Katakana without voicing marks, long vowels or small letters: 「パスワード」 → 「ハスワト」. */
const unvoiced = (word: string) => loose(word).replace(/[ガ-ヴ]/g, (c) => (VOICED.includes(c) ? PLAIN[VOICED.indexOf(c)]! : c));
/**
 * Katakana as `unvoiced`, and without ツ, with ン for ソ and ホ for フォ: the form of a word typed with a small ッ too
 * many or too few, with ソ for the ン it looks like, or ホ for フォ (「チェク」 = 「チェック」, 「トークソ」 = 「トークン」,
 * 「キーフォルダー」 = 「キーホルダー」).
 */
const lookAlike = (word: string) => unvoiced(word).replace(/ツ/g, '').replace(/ソ/g, 'ン').replace(/フオ/g, 'ホ').replace(/テイ/g, 'チ');
/** The rows of the kana table (ヤユヨ with the vowels: 「チャ」 and 「チェ」 differ only in the vowel). */
const ROWS = ['アイウエオヤユヨ', 'カキクケコ', 'サシスセソ', 'タチツテト', 'ナニヌネノ', 'ハヒフヘホ', 'マミムメモ', 'ラリルレロ', 'ワヰヱヲ'];
const ROW_OF = new Map(ROWS.flatMap((row) => [...row].map((c) => [c, row[0]!] as const)));
/** A `lookAlike` form with each letter as its row: words that differ only in vowels share it (「トケン」「トクン」). */
const rowsOf = (form: string) => [...form].map((c) => ROW_OF.get(c) ?? c).join('');
/** A long o written as ウ, as in romaji 「toukun」: 「トウクン」 is 「トークン」. */
const LONG_U = /([オコソトノホモヨロゴゾドボポョ])ウ/g;
/** Particles a word typed in hiragana may end in (「からけーでも」): longest first. */
const PARTICLES = ['でも', 'には', 'では', 'から', 'まで', 'って', 'は', 'が', 'を', 'に', 'の', 'で', 'と', 'も', 'へ'];
/** Up to how many parts a query is short enough for another subject in it to be what it is about. */
const ELSEWHERE_PARTS = 6;
/** Kanji that say nothing by themselves in a question: what, who, when (時), thing (事・物), place (所), way (方), I (私・僕・俺). */
const EMPTY_KANJI = new Set([...'何誰時事物所方為私僕俺']);

interface Piece {
  text: string;
  /**
   * Most likely not what a query written with kanji or katakana is about: a pair ending in hiragana (an
   * inflection or a particle: 「替え」「型な」「たら」; the kanji before it counts by itself or in its pair),
   * or a lone kanji that says nothing by itself (「何」).
   */
  weak: boolean;
}

function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  eachChunk(text, (chars, kinds, start, end) => {
    for (let i = start; i < end; i++) {
      if (loneKanji(kinds, start, end, i)) out.push({ text: chars[i]!, weak: EMPTY_KANJI.has(chars[i]!) });
      if (i + 1 < end) out.push({ text: chars[i]! + chars[i + 1]!, weak: kinds[i + 1] === 'kana' });
    }
  });
  return out;
}

/** A piece of the query to find: one concept, or one chunk as bigrams. */
export interface QueryPart {
  /** `#id` for a concept; otherwise the chunk's bigrams. */
  tokens: string[];
  /**
   * Per token: whether it counts in the share of the query an answer must cover. A pair of hiragana in a
   * query written with kanji or katakana is most likely grammar (「…したら」): it adds a little when it
   * matches and does not count against an answer when it does not.
   */
  counts: boolean[];
  /**
   * Per token: whether it ranks the answers. What counts ranks, and so does hiragana typed as a word of its own
   * (「すまほ かえた」): most likely what the query says, though too often grammar (「ふりこみ の とき」) to count
   * against an answer that lacks it.
   */
  ranks: boolean[];
  concept: boolean;
}

/** What a customer typed → the concepts it names and the rest in chunks. */
export function queryParts(
  input: string,
  concepts: Record<string, string[]>,
  english?: ReadonlySet<string>,
  asking: readonly string[] = [],
): QueryPart[] {
  const romaji = readRomaji(input.slice(0, 200), english);
  input = romaji.text;
  const text = conceptText(input);
  if (!text) return [];
  // In a query all in hiragana, the spaces a customer typed are where words end (「めが わるいので まごに …」): what is
  // not a concept is compared word by word. (Concepts are still found across them: 「でんわ ばんごう」.)
  const found = findConcepts(text, concepts, true, HIRAGANA_ONLY.test(text) ? typedBreaks(input) : undefined);
  const ids = found.ids;
  // What kind of answer is wanted (「手順」「可否」) is left out, like grammar.
  const rest = asking.length ? findConcepts(found.rest, { asking: [...asking] }).rest : found.rest;
  const kanaOnly = ids.length === 0 && HIRAGANA_ONLY.test(rest.replace(/\s+/g, ''));
  // Hiragana typed as words of their own, between spaces (「すまほ かえた」), is what the query says, not grammar.
  const kanaWords = loose(normalizeQuery(input)).split(' ').filter((w) => HIRAGANA_ONLY.test(w)).join(' ');
  const typedInKana = (chunk: string) => HIRAGANA_ONLY.test(chunk) && kanaWords.replace(/ /g, '').includes(chunk);
  // A word typed in romaji is a word, never grammar (「amazon」 counts as 「あまぞん」).
  const fromRomaji = (chunk: string) => romaji.words.some((w) => loose(w).includes(chunk));
  const parts: QueryPart[] = ids.map((id) => ({ tokens: [`#${id}`], counts: [true], ranks: [true], concept: true }));
  const seen = new Set<string>();
  for (const chunk of chunks(rest)) {
    const tokens: string[] = [];
    const counts: boolean[] = [];
    const ranks: boolean[] = [];
    const word = typedInKana(chunk);
    const content = kanaOnly || fromRomaji(chunk);
    for (const piece of pieces(chunk)) {
      const token = toHiragana(piece.text);
      if (seen.has(token)) continue;
      seen.add(token);
      tokens.push(token);
      counts.push(content || !piece.weak);
      ranks.push(content || word || !piece.weak);
    }
    if (tokens.length) parts.push({ tokens, counts, ranks, concept: false });
  }
  return parts;
}

export interface Measure {
  /** Share of the query this answer covers, 0–1. */
  coverage: number;
  /** The order of the results. */
  score: number;
  /** Whether it matched a word of this site's own subject that the query names (not only スマホ, メール, お金 …). */
  anchored: boolean;
}

export interface Matcher {
  /** Every answer that has a 案内番号, with its path (for opening an answer by its number). */
  answers: { code: string; path: string }[];
  /** Answers for a query, best first; [] when nothing answers it well enough. */
  search(query: string, options?: MatchOptions): Match[];
  /** Every answer's coverage and rank score for a query, in the order of the data (for the staff list and tuning). */
  measure(query: string): Measure[];
  /**
   * Whether the query has a pair of kanji that no answer has (most likely a typo of the same reading) while the
   * table of readings is not there yet: search with it, once `addReadings` has it (sound-alike.ts).
   */
  needsReadings(query: string): boolean;
  /** From now on, a pair of kanji no answer has is read as the answers' pair of the same reading (「期首」 → 「機種」). */
  addReadings(table: KanjiReadings): void;
  /** The query as it is searched: typos written as meant (「期首変更」 → 「機種変更」, 「ロクイン」 → 「ログイン」). */
  readAs(query: string): string;
}


interface IndexedField {
  /** Each kanji of its pairs of kanji, by its place: 「紛_」「_失」 (a typo 「粉失」 still has 「_失」). */
  halves: Set<string>;
  weight: number;
  concepts: Set<string>;
  /** Each phrase's pairs, as a set with its idf weight: made the first time a query needs them (`phrasesOf`). */
  phrases: { set: Set<string>; w: number }[] | null;
  /** Each phrase's pairs, as `bigrams` gives them. */
  tokens: string[][];
  all: Set<string>;
}

const FIELDS: readonly FieldName[] = ['title', 'words', 'summary'];

export function createMatcher(data: SearchData, tuning: Tuning = TUNING): Matcher {
  // Each field as its tokens: the concepts it names (`#id`) and the bigrams of its phrases, one set per phrase.
  const raw = data.docs.map((doc) =>
    FIELDS.map((f) => ({
      weight: tuning.coverage[f],
      concepts: doc.fields[f].c.map((id) => `#${id}`),
      phrases: doc.fields[f].p.map((p) => bigrams(p)),
    })),
  );

  const bm25 = createBm25(raw.map((fields) => fields.map((f) => [...f.concepts, ...f.phrases.flat()])));
  const fieldBoost = FIELDS.map((f) => tuning.boost[f]);

  const docs: IndexedField[][] = raw.map((fields) =>
    fields.map((f) => {
      const all = new Set<string>(f.concepts);
      for (const p of f.phrases) for (const b of p) all.add(b);
      const halves = new Set<string>();
      for (const b of all) if (isKanjiPair(b)) halves.add(`${b[0]}_`).add(`_${b[1]}`);
      return { weight: f.weight, concepts: new Set(f.concepts), phrases: null, tokens: f.phrases, all, halves };
    }),
  );
  // How many answers have each token, in any field.
  const df = new Map<string, number>();
  for (const fields of docs) {
    const all = new Set<string>();
    for (const f of fields) for (const t of f.all) all.add(t);
    for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = data.docs.length;
  const idfs = new Map<string, number>();
  const idf = (t: string) => {
    let w = idfs.get(t);
    if (w === undefined) idfs.set(t, (w = Math.log(1 + (n + 0.5) / ((df.get(t) ?? 0) + 0.5))));
    return w;
  };
  const weigh = (set: Iterable<string>) => {
    let w = 0;
    for (const t of set) w += idf(t);
    return w;
  };
  const halfDf = new Map<string, number>();
  for (const fields of docs) for (const h of new Set(fields.flatMap((f) => [...f.halves]))) halfDf.set(h, (halfDf.get(h) ?? 0) + 1);
  const halfIdf = (h: string) => Math.log(1 + (n + 0.5) / ((halfDf.get(h) ?? 0) + 0.5));
  const titles = docs.map((fields) => fields[0]!.all);
  /** The words in letters this site uses (「safari」, 「i-mode」): never read as romaji. */
  const english = new Set<string>();
  const letters = (text: string) => text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  for (const forms of Object.values(data.concepts)) for (const f of forms) letters(f).forEach((w) => english.add(w));
  for (const doc of data.docs) for (const f of FIELDS) for (const p of doc.fields[f].p) letters(p).forEach((w) => english.add(w));
  const general = new Set(data.general.map((id) => `#${id}`));
  /** A chunk long enough to be a word of its own (「事務グループ」, not 「名前」). */
  const isWord = (p: { part: QueryPart }) => p.part.counts.filter(Boolean).length >= 3;
  const titleWeights = titles.map(weigh);
  /**
   * The answers' pairs of kanji that are words, or the two halves of a longer word (機種｜変更): not 「帯向」 of
   * 「携帯向け」, with how many answers have each. Only these are what a typo of the same reading is read as.
   * Worked out only when the readings come (most searches never need them).
   */
  const kanjiPairs = () => {
    const wordPairs = new Set(data.docs.flatMap((doc) => FIELDS.flatMap((f) => doc.fields[f].p.flatMap((p) => kanjiRunPairs(p, 2)))));
    return new Map([...df].filter(([t]) => (isKanjiPair(t) && wordPairs.has(t)) || isCountPair(t)));
  };
  let heard: ((pair: string) => string | null) | null = null;
  /** The runs of three kanji that are a whole word of the vocabulary (「機種変」). */
  const vocabularyRuns = new Set(Object.values(data.concepts).flat().flatMap((form) => (form.match(KANJI_RUN) ?? []).filter((run) => [...run].length === 3)));
  /** The same over every pair of kanji the answers and the vocabulary have, for a kanji left over after a word. */
  let heardInWord: ((pair: string) => string | null) | null = null;
  // The vocabulary's pairs of kanji are words too, never typos (staff write 「不通」, not 「普通」).
  const vocabularyPairs = new Set(Object.values(data.concepts).flat().flatMap((form) => kanjiRunPairs(form, 1)));
  /** A pair of kanji that is a word: one the answers or the vocabulary have. */
  const known = (pair: string) => df.has(pair) || vocabularyPairs.has(pair);
  /** The pairs of kanji of a query that no answer has. */
  const strangePairs = (query: string) =>
    [...kanjiRunPairs(query.slice(0, 200), 1), ...(query.slice(0, 200).match(COUNT) ?? []).map((pair) => pair.normalize('NFKC'))].filter((pair) => !known(pair));
  // The answers' words in katakana, by their form without voicing marks: a word typed without them (「ハスワート」
  // for 「パスワード」, 「ロクイン」 for 「ログイン」: easy to miss on a phone) is read as the word. Forms two words share
  // (「カード」「ガード」) are left out.
  const siteWords = new Set<string>();
  for (const text of [...Object.values(data.concepts).flat(), ...data.docs.flatMap((d) => FIELDS.flatMap((f) => d.fields[f].p))]) {
    for (const word of text.match(KATAKANA_WORD) ?? []) siteWords.add(word);
  }
  /**
   * The site's katakana words by `key`: a key two words share is null, unless `same` says they are one word written
   * two ways; then the longer, written-out one is kept (「パスワード」「パスワド」).
   */
  const wordsBy = (key: (word: string) => string, same: (a: string, b: string) => boolean, words: ReadonlySet<string> = siteWords) => {
    const by = new Map<string, string | null>();
    for (const word of [...words].sort()) {
      const k = key(word);
      const other = by.get(k);
      if (other === undefined) by.set(k, word);
      else if (other !== null && same(other, word)) by.set(k, word.length > other.length ? word : other);
      else by.set(k, null);
    }
    return by;
  };
  const katakana = wordsBy(unvoiced, (a, b) => loose(a) === loose(b));
  // The same for a word typed with a small ッ too many or too few, ソ for ン or ホ for フォ (「チェク」「トークソ」), when it is
  // no word of the answers' own.
  const similar = wordsBy(lookAlike, (a, b) => unvoiced(a) === unvoiced(b));
  // The same for a word typed with one vowel wrong (「トーケン」「環境チャック」「クリデンシャル」).
  // Only the answers' words as written: the vocabulary's forms are loose (「クレデンシヤル」), not to be shown.
  const written = new Set(data.docs.flatMap((d) => FIELDS.flatMap((f) => d.fields[f].p.flatMap((p) => p.match(KATAKANA_WORD) ?? []))));
  const rowWords = wordsBy((word) => rowsOf(lookAlike(word)), (a, b) => lookAlike(a) === lookAlike(b), written);
  /** The subjects this site does not answer, in katakana: never read as one of its words (「コース」 is not 「ケース」). */
  const otherWords = new Set(data.elsewhere.filter((form) => /^[\u30a1-\u30faー]+$/.test(form)));
  /**
   * The answers' word a word of four letters or more is with one vowel wrong (「トーケン」 → 「トークン」): the same
   * consonants, one letter of the same row in another place.
   */
  function slipped(word: string): string | null {
    if ([...word].length < 4 || otherWords.has(loose(word))) return null;
    const form = lookAlike(word);
    const meant = rowWords.get(rowsOf(form));
    if (!meant) return null;
    const other = [...lookAlike(meant)];
    return [...form].filter((c, i) => c !== other[i]).length === 1 ? meant : null;
  }
  /** The answers' word a word of four letters or more is with two letters next to each other swapped (「ウイスル」). */
  function swapped(key: string): string | null {
    const k = [...key];
    if (k.length < 4) return null;
    for (let i = 0; i + 1 < k.length; i++) {
      if (k[i] === k[i + 1]) continue;
      const meant = katakana.get([...k.slice(0, i), k[i + 1], k[i], ...k.slice(i + 2)].join(''));
      if (meant) return meant;
    }
    return null;
  }
  /** The answers' katakana word a word in katakana was meant to be, or null (see `voiced`). */
  function katakanaFor(word: string): string | null {
    const key = unvoiced(word);
    // A look-alike of two letters could be any word (「パッド」 is not 「ハード」): a short word is read only for a ッ
    // too many or too few (「ロッック」).
    const alike = lookAlike(word);
    const similarWord = similar.get(alike);
    const noTsu = (w: string) => loose(w).replace(/ツ/g, '');
    const alikeWord = similarWord && (alike.length >= 3 || noTsu(similarWord) === noTsu(word)) ? similarWord : null;
    const meant = katakana.has(key) ? katakana.get(key) : (alikeWord ?? swapped(key) ?? slipped(word));
    if (meant) return meant;
    const long = word.replace(LONG_U, '$1ー');
    return long !== word ? katakanaFor(long) : null;
  }
  function voiced(query: string): string {
    let changed = false;
    const read = query
      .normalize('NFKC')
      // A word in letters with two letters swapped is the site's word (「Rapprot」 → 「Rapport」), five letters or more.
      .replace(/[a-z]{5,}/gi, (word) => {
        const w = word.toLowerCase();
        if (english.has(w)) return word;
        for (let i = 0; i + 1 < w.length; i++) {
          const meant = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
          if (meant !== w && english.has(meant)) {
            changed = true;
            // Shown as typed: a capital stays a capital (「Rapport」).
            return word[0] === word[0]!.toUpperCase() ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
          }
        }
        return word;
      })
      // A word typed in romaji that is the site's word in katakana with a long vowel written as 「u」 or a typo as in
      // katakana (「toukunn」 → 「トークン」, 「sekyuritiko-do」 → 「セキュリティコード」).
      .replace(/[a-z][a-z-]*/gi, (word) => {
        const kana = english.has(word.toLowerCase()) ? null : romajiToKana(word);
        const meant = kana && kana.length >= 3 ? katakanaFor(toKatakana(kana)) : null;
        // Romaji typed right is read as it is (queryParts): 「wantaimu」 stays as typed.
        if (!meant || loose(toHiragana(meant)) === loose(kana!)) return word;
        changed = true;
        return meant;
      })
      .replace(KATAKANA_WORD, (word) => {
        const meant = katakanaFor(word);
        if (!meant || loose(meant) === loose(word)) return word;
        changed = true;
        return meant;
      })
      // The same in hiragana, for a word of its own between spaces (「はすわーと わすれた」), or with a particle
      // after it (「からけーでも」).
      .split(/(\s+)/)
      .map((word) => {
        if (!HIRAGANA_WORD.test(word)) return word;
        const particle = PARTICLES.find((p) => word.endsWith(p) && HIRAGANA_WORD.test(word.slice(0, -p.length))) ?? '';
        for (const stem of particle ? [word, word.slice(0, -particle.length)] : [word]) {
          const meant = katakana.get(unvoiced(toKatakana(stem)));
          if (!meant) continue;
          if (loose(toHiragana(meant)) === loose(stem)) return word;
          changed = true;
          return meant + word.slice(stem.length);
        }
        return word;
      })
      .join('');
    return changed ? read : query;
  }

  /**
   * The query as it is searched: a katakana word without its voicing marks written as the answers' word, and,
   * once the readings are there, each pair of kanji no answer has as the answers' pair of the same reading
   * (「期首変更」 → 「機種変更」).
   */
  function hear(query: string): string {
    query = voiced(query);
    const typo = heard;
    if (!typo) return query;
    // A count after a digit that no answer has is the answers' count of the same reading (「2代」 → 「2台」), unless its
    // kanji begins a word with the next one.
    query = query.replace(COUNT, (pair, at: number) => {
      const digits = pair.normalize('NFKC');
      const next = query.slice(at + 1, at + 3);
      const heardAs = known(digits) || (next.length === 2 && known(next)) ? null : typo(digits);
      // The digit stays as typed (「２代」 → 「２台」).
      return heardAs ? pair[0]! + heardAs[1]! : pair;
    });
    return query.replace(KANJI_RUN, (run) => {
      const k = [...run];
      // Word by word from the left, two kanji at a time: a pair the answers have is a word; a pair they have not
      // is a typo for the answers' pair of the same reading (「機種｜返校」 → 「機種変更」), or a word they do not have
      // (「最近｜有名」: 「近有」 is not read); a word begins a kanji later where that pair is one (「旧｜機種」).
      let i = 0;
      while (i + 1 < k.length) {
        const pair = k[i]! + k[i + 1]!;
        if (known(pair)) {
          i += 2;
          continue;
        }
        const heardAs = typo(pair);
        const nextIsWord = i + 2 < k.length && known(k[i + 1]! + k[i + 2]!);
        // Never take a kanji from a pair the answers have with the next one (「旧機種」 keeps 「機」).
        if (heardAs && (!nextIsWord || heardAs[1] === k[i + 1])) {
          [k[i], k[i + 1]] = [...heardAs] as [string, string];
          i += 2;
        } else i += nextIsWord ? 1 : 2;
      }
      // A kanji left over after the words (「機種返」): a typo for the kanji of the same reading after the one before
      // it, when the three are a word of the vocabulary (「機種変」), not a word of its own (「一度試して」「法人向け」).
      if (i === k.length - 1 && i > 1 && !known(k[i - 1]! + k[i]!)) {
        const heardAs = heardInWord?.(k[i - 1]! + k[i]!);
        if (heardAs?.[0] === k[i - 1] && vocabularyRuns.has(k[i - 2]! + heardAs)) k[i] = heardAs[1]!;
      }
      return k.join('');
    });
  }

  const phrasesOf = (field: IndexedField) =>
    (field.phrases ??= field.tokens.map((p) => {
      const set = new Set(p);
      return { set, w: weigh(set) };
    }));

  /**
   * How much of a part a field has, in idf weight. A concept: all or nothing. A chunk: each of its bigrams
   * counts as much as the best phrase that has it resembles the chunk (the share of the shorter of the two they
   * share, squared), and not at all below `minContainment`: 「あかいし」 is all of 「あかいし」, a little of 「かいしゃ」.
   */
  function found(part: QueryPart, weights: number[], partWeight: number, field: IndexedField): number {
    if (part.concept) return field.concepts.has(part.tokens[0]!) ? weights[0]! : 0;
    const credit = new Array<number>(part.tokens.length).fill(0);
    // Most fields have none of a part's pairs: their phrases need not be looked at one by one.
    const phrases = part.tokens.some((t) => field.all.has(t)) ? phrasesOf(field) : [];
    for (const phrase of phrases) {
      let shared = 0;
      part.tokens.forEach((t, i) => {
        if (part.counts[i] && phrase.set.has(t)) shared += idf(t);
      });
      if (partWeight === 0) {
        // Only grammar in this chunk: a little for what matches, nothing against.
        part.tokens.forEach((t, i) => {
          if (phrase.set.has(t)) credit[i] = 1;
        });
        continue;
      }
      if (shared === 0) continue;
      // A phrase of one pair (「かい」) must be the whole chunk, not a piece of a longer one (「あかいし」).
      const containment = Math.min(1, shared / (phrase.set.size > 1 ? Math.min(partWeight, phrase.w) : partWeight));
      if (containment < tuning.minContainment) continue;
      part.tokens.forEach((t, i) => {
        if (phrase.set.has(t)) credit[i] = Math.max(credit[i]!, containment * containment);
      });
    }
    // A pair of kanji no answer has is most likely a typo for one that shares a kanji in the same place
    // (「粉失」 for 「紛失」): it gets part of its weight, the more the rarer that kanji is (「_失」, not 「通_」).
    part.tokens.forEach((t, i) => {
      if (!part.counts[i] || credit[i] || df.has(t) || !isKanjiPair(t)) return;
      for (const h of [`${t[0]}_`, `_${t[1]}`]) if (field.halves.has(h)) credit[i] = Math.max(credit[i]!, tuning.typo * (halfIdf(h) / idf(t)));
    });
    return credit.reduce((a, c, i) => a + c * weights[i]!, 0);
  }

  function measure(query: string): Measure[] {
    // Typos of the same reading are read as meant; other subjects are looked for as typed (「相続」 is not 「窓口」).
    const parts = queryParts(hear(query), data.concepts, english, data.asking).map((part) => ({
      part,
      weights: part.tokens.map((t, i) => idf(t) * (part.counts[i] ? 1 : tuning.grammarBonus)),
      total: part.tokens.reduce((a, t, i) => a + (part.counts[i] ? idf(t) : 0), 0),
    }));
    const said = parts.reduce((a, p) => a + p.total, 0);
    if (said === 0) return docs.map(() => ({ coverage: 0, score: 0, anchored: false }));
    // Other subjects are looked for in the query as typed, but with katakana voiced as meant (「キーホルター」 is
    // 「キーホルダー」, not a 「ルーター」).
    const typed = voiced(query.slice(0, 200));
    const text = conceptText(typed);
    // A reading in hiragana must begin a word (「ゆうし」 is not in 「れんしゅう したい」); a form in letters must be a
    // word of its own (「au」 is not in 「vip access」); other forms may be anywhere.
    const words = loose(normalizeQuery(typed)).split(' ');
    const names = (form: string) =>
      HIRAGANA_ONLY.test(form) ? words.some((w) => w.startsWith(form)) : SHORT_KATAKANA.test(form) ? endsWord(text, form) : hasWord(text, form);
    // A short query that names a subject this site does not answer is about that subject: it counts as a word
    // no answer has, however it was typed (in kana its pairs of characters are common), and no word of the
    // site's own makes up for it. In a long message it is more likely part of the story (「通帳を見ながら振込を…」).
    const elsewhere = parts.length <= ELSEWHERE_PARTS && data.elsewhere.some(names);
    const total = said + (elsewhere ? tuning.elsewhere * idf('') : 0);

    const terms = parts.flatMap((p) => p.part.tokens.filter((_, i) => p.part.ranks[i]));
    const ranked = bm25.search(terms, fieldBoost, (term) => (term.startsWith('#') ? tuning.conceptBoost : 1));
    const best = Math.max(0, ...ranked.values());

    const asked = new Set(parts.flatMap((p) => p.part.tokens));
    return docs.map((fields, i) => {
      let got = 0;
      // A query that names a subject the site does not answer is never answered for one of the site's own words.
      let anchored = false;
      for (const p of parts) {
        const each = fields.map((field) => field.weight * found(p.part, p.weights, p.total, field));
        const best = Math.max(...each);
        got += best;
        if (best === 0) continue;
        if (p.part.concept ? !general.has(p.part.tokens[0]!) : isWord(p) && (each[0]! + each[1]!) / tuning.coverage.title >= 0.8 * p.total) {
          anchored = true;
        }
      }
      const coverage = Math.min(1, got / total);
      let fit = 0;
      for (const t of titles[i]!) if (asked.has(t)) fit += idf(t);
      const question = titleWeights[i] ? fit / titleWeights[i]! : 0;
      const score = (best ? (ranked.get(i) ?? 0) / best : 0) + tuning.blend * (coverage + tuning.questionFit * question) - (data.docs[i]!.parent ? tuning.part : 0);
      return { coverage, score, anchored: anchored && !elsewhere };
    });
  }

  function search(query: string, options: MatchOptions = {}): Match[] {
    const { threshold, anchoredThreshold, relative, limit } = { ...DEFAULTS, ...options };
    const all = measure(query);
    const found = all
      .map((m, i) => ({ doc: data.docs[i]!, ...m, i }))
      .filter((m) => m.coverage >= (m.anchored ? anchoredThreshold : threshold));
    // Far enough behind the best is left out, a part of an answer by its own score: its place below the whole
    // answer does not hide it.
    const unranked = (m: (typeof found)[number]) => m.score + (m.doc.parent ? tuning.part : 0);
    const best = Math.max(0, ...found.map(unranked));
    return found
      .filter((m) => unranked(m) >= best * relative)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, limit)
      .map(({ doc, coverage, score }) => ({ doc, coverage, score }));
  }

  const answers = data.docs.flatMap((d) => (d.code ? [{ code: d.code, path: d.url }] : []));
  return {
    answers,
    search,
    measure,
    needsReadings: (query) => !heard && strangePairs(query).length > 0,
    addReadings: (table) => {
      heard = soundAlike(kanjiPairs(), table);
      const inWords = new Map([...df].filter(([t]) => isKanjiPair(t)));
      for (const pair of vocabularyPairs) inWords.set(pair, inWords.get(pair) ?? 1);
      heardInWord = soundAlike(inWords, table);
    },
    readAs: hear,
  };
}

/** The id of the `<script type="application/json">` that holds a page's search data. */
export const SEARCH_DATA_ID = 'search-data';

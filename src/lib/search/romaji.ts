/**
 * Romaji typed for Japanese (「pasuwa-do」「sumaho」「kishuhenkou」) → hiragana, for customers whose keyboard is
 * left in English mode. Only a word that is romaji from end to end is read: English words and names
 * (「access」「iphone」「rapport」) are not, so they keep matching as written.
 */

/** Syllables, longest first when looked up: three letters, then two, then one. */
const SYLLABLES: Record<string, string> = {
  a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お',
  ka: 'か', ki: 'き', ku: 'く', ke: 'け', ko: 'こ', kya: 'きゃ', kyu: 'きゅ', kyo: 'きょ',
  ga: 'が', gi: 'ぎ', gu: 'ぐ', ge: 'げ', go: 'ご', gya: 'ぎゃ', gyu: 'ぎゅ', gyo: 'ぎょ',
  sa: 'さ', si: 'し', shi: 'し', su: 'す', se: 'せ', so: 'そ', sha: 'しゃ', shu: 'しゅ', sho: 'しょ', she: 'しぇ', sya: 'しゃ', syu: 'しゅ', syo: 'しょ',
  za: 'ざ', zi: 'じ', ji: 'じ', zu: 'ず', ze: 'ぜ', zo: 'ぞ', ja: 'じゃ', ju: 'じゅ', jo: 'じょ', je: 'じぇ', zya: 'じゃ', zyu: 'じゅ', zyo: 'じょ', jya: 'じゃ', jyu: 'じゅ', jyo: 'じょ',
  ta: 'た', ti: 'ち', chi: 'ち', tu: 'つ', tsu: 'つ', te: 'て', to: 'と', cha: 'ちゃ', chu: 'ちゅ', cho: 'ちょ', che: 'ちぇ', tya: 'ちゃ', tyu: 'ちゅ', tyo: 'ちょ',
  da: 'だ', di: 'ぢ', du: 'づ', de: 'で', do: 'ど',
  na: 'な', ni: 'に', nu: 'ぬ', ne: 'ね', no: 'の', nya: 'にゃ', nyu: 'にゅ', nyo: 'にょ',
  ha: 'は', hi: 'ひ', hu: 'ふ', fu: 'ふ', he: 'へ', ho: 'ほ', hya: 'ひゃ', hyu: 'ひゅ', hyo: 'ひょ', fa: 'ふぁ', fi: 'ふぃ', fe: 'ふぇ', fo: 'ふぉ',
  ba: 'ば', bi: 'び', bu: 'ぶ', be: 'べ', bo: 'ぼ', bya: 'びゃ', byu: 'びゅ', byo: 'びょ',
  pa: 'ぱ', pi: 'ぴ', pu: 'ぷ', pe: 'ぺ', po: 'ぽ', pya: 'ぴゃ', pyu: 'ぴゅ', pyo: 'ぴょ',
  ma: 'ま', mi: 'み', mu: 'む', me: 'め', mo: 'も', mya: 'みゃ', myu: 'みゅ', myo: 'みょ',
  ya: 'や', yu: 'ゆ', yo: 'よ',
  ra: 'ら', ri: 'り', ru: 'る', re: 'れ', ro: 'ろ', rya: 'りゃ', ryu: 'りゅ', ryo: 'りょ',
  wa: 'わ', wo: 'を', wi: 'うぃ', we: 'うぇ',
  va: 'ゔぁ', vi: 'ゔぃ', vu: 'ゔ', ve: 'ゔぇ', vo: 'ゔぉ',
  // What the input methods take for the sounds of loanwords (「sekyurithi」 → せきゅりてぃ) and for small kana.
  thi: 'てぃ', dhi: 'でぃ', thu: 'てゅ', dhu: 'でゅ', twu: 'とぅ', dwu: 'どぅ', tsa: 'つぁ', tsi: 'つぃ', tse: 'つぇ', tso: 'つぉ',
  kwa: 'くぁ', gwa: 'ぐぁ', ye: 'いぇ', wha: 'うぁ', who: 'うぉ',
  // Small kana with x only: with l, English words would read as romaji (「login」, 「line」).
  xa: 'ぁ', xi: 'ぃ', xu: 'ぅ', xe: 'ぇ', xo: 'ぉ', xtu: 'っ', xya: 'ゃ', xyu: 'ゅ', xyo: 'ょ',
  '-': 'ー',
};

const VOWEL = /[aiueo]/;

/** Hiragana for a word typed in romaji, or null when the word is not romaji from end to end. */
export function romajiToKana(word: string): string | null {
  const w = word.toLowerCase();
  if (!/^[a-z-]+$/.test(w) || !VOWEL.test(w)) return null;
  let out = '';
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    const next = w[i + 1];
    // ん: an n at the end or before a consonant, or 「nn」 (「konnichiwa」 is こんにちわ: the second n starts に).
    if (c === 'n' && (next === undefined || (!VOWEL.test(next) && next !== 'y'))) {
      out += 'ん';
      i += next === 'n' && !VOWEL.test(w[i + 2] ?? '') && w[i + 2] !== 'y' ? 2 : 1;
      continue;
    }
    // A doubled consonant is a small っ (「kitte」).
    if (next === c && !VOWEL.test(c) && c !== '-') {
      out += 'っ';
      i += 1;
      continue;
    }
    const syllable = [3, 2, 1].map((n) => w.slice(i, i + n)).find((s) => SYLLABLES[s]);
    if (!syllable) return null;
    out += SYLLABLES[syllable];
    i += syllable.length;
  }
  return out;
}

/**
 * A text with each phrase typed in romaji written in hiragana, and the words it wrote: 「ワンタイムpasuwa-do」 →
 * 「ワンタイムぱすわーど」. A phrase of words in letters is read only when every word of it is romaji from end to
 * end or one of the words in `english` (the site's own words in letters: 「ID」「safari」「i-mode」, kept as
 * written), and one romaji word has three letters or more. So English stays as typed (「one time password」:
 * 「password」 is neither, so 「one」 is not read either), and 「kuredensyaruID doko」 reads as 「くれでんしゃる ID どこ」
 * (a capital after a small letter begins a word).
 */
export function readRomaji(text: string, english: ReadonlySet<string> = new Set()): { text: string; words: string[] } {
  const words: string[] = [];
  const out = text.replace(/[a-z][a-z-]*(?:\s+[a-z][a-z-]*)*/gi, (phrase) => {
    const parts = phrase.replace(/([a-z])(?=[A-Z])/g, '$1 ').split(/\s+/);
    const own = parts.map((w) => english.has(w.toLowerCase()));
    const kana = parts.map((w, i) => (own[i] ? null : romajiToKana(w)));
    if (kana.some((k, i) => k === null && !own[i]) || !parts.some((w, i) => kana[i] !== null && w.length >= 3)) return phrase;
    words.push(...(kana.filter((k) => k !== null) as string[]));
    return parts.map((w, i) => kana[i] ?? w).join(' ');
  });
  return { text: out, words };
}

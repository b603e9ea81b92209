/**
 * Query normalisation for Japanese search, pure and DOM-free:
 * NFKC (full-width letters and digits → half-width, half-width kana → full-width), lower case,
 * and a kana-folded form (katakana → hiragana) for matching customers' words in either script.
 */

/** Circled numbers (①–⑳) are labels on the site (※④): NFKC would turn them into plain digits. */
const CIRCLED = /[\u2460-\u2473]/;

/**
 * NFKC (circled numbers kept) + lower case + collapsed spaces. A hyphen or dash typed after katakana is the
 * long-vowel mark it stands for (「ガラケ-」 → 「ガラケー」).
 */
export function normalizeQuery(input: string): string {
  return input
    .split(/([\u2460-\u2473])/)
    .map((part) => (CIRCLED.test(part) ? part : part.normalize('NFKC')))
    .join('')
    .toLowerCase()
    .replace(/([\u30a1-\u30fa])[-\u2010-\u2015\u2212\uff70]/g, '$1ー')
    .replace(/[\u3000\s]+/g, ' ')
    .trim();
}

const SMALL_KANA = 'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ';
/** What `loose` changes: most of the answers' phrases have none of it. */
const LOOSE = /[ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ]/;
const LARGE_KANA = 'あいうえおつやゆよわかけアイウエオツヤユヨワカケ';

/**
 * The form words are compared in, forgiving what is easy to mistype in kana: no long-vowel mark and no small
 * kana (「事務グルプ」 = 「事務グループ」, 「チェツク」 = 「チェック」, 「インストル」 = 「インストール」).
 */
export function loose(text: string): string {
  if (!LOOSE.test(text)) return text;
  return text.replace(/ー/g, '').replace(/[ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ]/g, (c) => LARGE_KANA[SMALL_KANA.indexOf(c)]!);
}

/**
 * The form concepts are found in: normalised, loose, without spaces (but between words in letters), katakana kept
 * (「タダ」 is not the 「ただ」 of 「いただく」).
 */
export function conceptText(text: string): string {
  const t = loose(normalizeQuery(text));
  // Between two words in letters the space stays: 「iphone ios」 is two words, not 「iphoneios」.
  return t.replace(/ /g, (_, at: number) => (LETTER.test(t[at - 1] ?? '') && LETTER.test(t[at + 1] ?? '') ? ' ' : ''));
}

const LETTER = /^[a-z]$/;

/** Where `conceptText` took out a space the customer typed: the positions in its text that a typed space came before. */
export function typedBreaks(text: string): Set<number> {
  const t = loose(normalizeQuery(text));
  const breaks = new Set<number>();
  let at = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === ' ' && !(LETTER.test(t[i - 1] ?? '') && LETTER.test(t[i + 1] ?? ''))) breaks.add(at);
    else at++;
  }
  return breaks;
}

/** Whether a form in letters (「sc」) stands at `at` of a text as a word of its own, not inside another (「disc」). */
export function standsAlone(text: string, at: number, form: string): boolean {
  return !(LETTER.test(form[0]!) && LETTER.test(text[at - 1] ?? '')) && !(LETTER.test(form[form.length - 1]!) && LETTER.test(text[at + form.length] ?? ''));
}

/** Katakana → hiragana (ー is kept), for comparing words regardless of script. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Hiragana → katakana: 「わんたいむぱすわーど」 → 「ワンタイムパスワード」. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** The form two words are compared in: normalised, loose and kana-folded. */
export function fold(text: string): string {
  return loose(toHiragana(normalizeQuery(text))).replace(/\s+/g, '');
}

export const isHiraganaOnly = (text: string): boolean => /^[\u3041-\u3096ー]+$/.test(text);

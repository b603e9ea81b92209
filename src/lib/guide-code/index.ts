/**
 * 案内番号: the short number staff say on the phone (「案内番号 207 番です」) and the customer types on the
 * home page (or in the search box) to open exactly that answer. Staff never send links by mail or SMS
 * (the notice, ※④ 1); a number said aloud is the safe way to point at an answer.
 *
 * The scheme: three digits, the first for the page — 1xx お知らせ, 2xx よくあるご質問 (Q7 is 207, the notes
 * ※①–※④ are 251–254), 3xx ご利用の手引き, 4xx セキュリティ対策, 5xx pages as a whole (練習ページ, 環境チェック,
 * お問い合わせ). Pure, DOM-free.
 */

/** The form of a 案内番号. */
export const GUIDE_CODE = /^[1-9]\d{2}$/;

/**
 * What a customer typed → the 案内番号 it names, or null if it is not one. Accepts full-width digits, spaces
 * and hyphens between them, 「案内番号」 before and 「番」 after (「案内番号 ２０７番」), and an FAQ label as the
 * site shows it (「Q7」「Ｑ７」 → 207).
 */
export function readGuideCode(input: string): string | null {
  const text = input
    .normalize('NFKC')
    .replace(/[\s\-‐−ー]/g, '')
    .replace(/^(案内番号|あんないばんごう)[:：は]?/, '')
    .replace(/(番|ばん)$/, '')
    .toLowerCase();
  const faq = /^q(\d{1,2})$/.exec(text);
  if (faq) return String(200 + Number(faq[1]));
  return GUIDE_CODE.test(text) ? text : null;
}

/** Looks like an attempt at a number (digits only, after the same clean-up): worth a message when unknown. */
export function looksLikeNumber(input: string): boolean {
  return /^\d+$/.test(input.normalize('NFKC').replace(/[\s\-‐−ー番]/g, '').replace(/^案内番号/, ''));
}

export interface CodedAnswer {
  code: string;
  /** page#anchor */
  path: string;
}

/** The answer a typed 案内番号 opens, or null. */
export function findByGuideCode<A extends CodedAnswer>(answers: readonly A[], input: string): A | null {
  const code = readGuideCode(input);
  return code ? (answers.find((a) => a.code === code) ?? null) : null;
}

/** Codes used twice (the build stops on any). */
export function duplicateCodes(answers: readonly CodedAnswer[]): string[] {
  const seen = new Map<string, number>();
  for (const a of answers) seen.set(a.code, (seen.get(a.code) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([code]) => code);
}

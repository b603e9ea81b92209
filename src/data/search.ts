/**
 * What the search page offers beside its results. Facts, not logic: the matcher is src/lib/search/matcher.ts.
 */

/** Shown when nothing answers a query: the questions customers ask most (answer URLs, in this order). */
export const popularAnswers: readonly string[] = [
  '/faq/#q7',
  '/faq/#new-phone',
  '/faq/#code-rejected',
  '/faq/#feature-phone-only',
  '/guide/#register',
  '/practice/',
];

/** At most this many answers are listed for one query. */
export const MAX_RESULTS = 8;

/**
 * Typos of the same reading (「期首変更」 for 「機種変更」, src/lib/search/sound-alike.ts) are read with the
 * 常用漢字 at most this high in newspaper frequency (of 2,500): the kanji an input method offers in everyday
 * words. Measured on the tuning sets: 1,500 finds as many as all of them, in a smaller table (3.4 KB gzip).
 */
export const soundAlikeMaxFreq = 1500;

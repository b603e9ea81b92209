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

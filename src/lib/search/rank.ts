/**
 * Ranking answers across several lookups (one per alternative of each term group). Pure, DOM-free.
 *
 * - Within one lookup, an answer may appear in several pieces (its sub-headings): its best piece counts,
 *   plus a tenth of the rest.
 * - Within a group (スマホ, スマートフォン, iPhone …), the best alternative counts, plus 30% of the others:
 *   an answer that uses several of the customer's words for the concept is more about it.
 * - Across groups, scores add up and are multiplied by the square of the number of groups matched:
 *   an answer to more of the question wins.
 */

export interface Hit {
  /** page#anchor (or the page URL for text before its first heading). */
  url: string;
  title: string;
  /** HTML excerpt with <mark> around matches, as Pagefind gives it. */
  excerpt: string;
  /** The page's title, to show where the answer is. */
  pageTitle: string;
  score: number;
}

export interface RankedAnswer extends Hit {
  /** How many of the query's term groups this answer matched. */
  matched: number;
}

/** Best value plus `share` of the others. */
export function diminishing(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const best = Math.max(...values);
  return best + share * (values.reduce((a, b) => a + b, 0) - best);
}

function byUrl(hits: Hit[]): Map<string, Hit[]> {
  const m = new Map<string, Hit[]>();
  for (const h of hits) m.set(h.url, [...(m.get(h.url) ?? []), h]);
  return m;
}

/** `lookups[g][a]` holds the hits of alternative a of term group g. */
export function rankAnswers(lookups: Hit[][][]): RankedAnswer[] {
  const answers = new Map<string, { total: number; matched: number; hit: Hit }>();
  for (const group of lookups) {
    const perUrl = new Map<string, { scores: number[]; hit: Hit }>();
    for (const alternative of group) {
      for (const [url, pieces] of byUrl(alternative)) {
        const score = diminishing(
          pieces.map((p) => p.score),
          0.1,
        );
        const top = pieces.reduce((a, b) => (b.score > a.score ? b : a));
        const entry = perUrl.get(url);
        if (!entry) perUrl.set(url, { scores: [score], hit: top });
        else {
          entry.scores.push(score);
          if (top.score > entry.hit.score) entry.hit = top;
        }
      }
    }
    for (const [url, { scores, hit }] of perUrl) {
      const score = diminishing(scores, 0.3);
      const entry = answers.get(url);
      if (!entry) answers.set(url, { total: score, matched: 1, hit });
      else {
        entry.total += score;
        entry.matched += 1;
        if (hit.score > entry.hit.score) entry.hit = hit;
      }
    }
  }
  return [...answers.values()]
    .map(({ total, matched, hit }) => ({ ...hit, score: total * matched * matched, matched }))
    .sort((a, b) => b.score - a.score || a.url.localeCompare(b.url));
}

/**
 * The browser side of search: loads Pagefind's script and index on first use (never before),
 * looks up every alternative of every term group, and ranks the answers.
 */
import type { Concept } from '../../data/vocabulary';
import { analyzeQuery } from '../../lib/search/query';
import { ANCHOR_ID } from '../../lib/anchor-id';
import { diminishing, rankAnswers, type Hit, type RankedAnswer } from '../../lib/search/rank';

interface WordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}
interface Anchor {
  id: string;
  text?: string;
  location: number;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: WordLocation[];
  anchor?: Anchor;
}
interface Fragment {
  url: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
  anchors: Anchor[];
}

const MIN_WEIGHT = 0.5;

/**
 * How well one answer matches one word: its best occurrence (a heading or search word outweighs body text),
 * plus a little for each further occurrence, so a word repeated in one answer does not outrank a better answer.
 */
function locationScore(locations: WordLocation[]): number {
  // Fractional weights are Pagefind's partial matches of a split word (「の」 of 「専用の機械」): not a match.
  return diminishing(
    locations.filter((w) => w.weight >= MIN_WEIGHT).map((w) => w.balanced_score),
    0.1,
  );
}

/**
 * Pagefind splits a page at every heading with an id. Sub-results under an automatic id belong to the
 * answer above them: give them that answer's stable URL and title.
 */
function toHits(page: Fragment): Hit[] {
  const stable = page.anchors.filter((a) => ANCHOR_ID.test(a.id)).sort((a, b) => a.location - b.location);
  const base = page.url.split('#')[0];
  return page.sub_results.map((s) => {
    let url = s.url;
    let title = s.title;
    if (s.anchor && !ANCHOR_ID.test(s.anchor.id)) {
      const owner = stable.filter((a) => a.location <= s.anchor!.location).pop();
      url = owner ? `${base}#${owner.id}` : base;
      title = owner?.text?.trim() || page.meta.title || s.title;
    }
    return {
      url,
      title,
      excerpt: s.excerpt,
      pageTitle: page.meta.title ?? '',
      score: locationScore(s.weighted_locations),
    };
  });
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<Fragment> }[] } | null>;
}

let loading: Promise<PagefindApi> | null = null;

/** Pagefind's own files stay at /pagefind/; they are fetched only when someone searches. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const url = '/pagefind/pagefind.js';
    loading = (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
      await pf.options({ excerptLength: 40 });
      await pf.init();
      return pf;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

async function hitsFor(pf: PagefindApi, term: string): Promise<Hit[]> {
  const found = await pf.search(term);
  if (!found) return [];
  // data() gives the sub-results (answers) that matched this term; Pagefind caches the fragment files.
  const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  return data.flatMap(toHits).filter((h) => h.score > 0);
}

export async function searchAnswers(query: string, vocabulary: readonly Concept[]): Promise<RankedAnswer[]> {
  const groups = analyzeQuery(query, vocabulary);
  if (groups.length === 0) return [];
  const pf = await loadPagefind();
  const lookups = await Promise.all(groups.map((g) => Promise.all(g.alternatives.map((alt) => hitsFor(pf, alt)))));
  return rankAnswers(lookups);
}

/**
 * Full-text search of the site's pages with Pagefind, when the customer asks for it (「本文の中からも探す」):
 * loads Pagefind's script and index then (never before) and makes one search, so the same words always give
 * the same list. The answers themselves come from the matcher (src/lib/search/matcher.ts).
 */
import { ANCHOR_ID } from '../../lib/anchor-id';

/** One place on the site whose text has the words. */
export interface Hit {
  /** page#anchor (or the page for text before its first heading). */
  url: string;
  title: string;
  /** HTML excerpt with <mark> around the words, as Pagefind gives it (text escaped). */
  excerpt: string;
  pageTitle: string;
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
  anchor?: Anchor;
}
interface Fragment {
  url: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
  anchors: Anchor[];
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

/** The places whose text has all the words of `query`, in Pagefind's order; one answer appears once. */
export async function fullText(query: string, limit = 10): Promise<Hit[]> {
  const pf = await loadPagefind();
  const found = await pf.search(query);
  if (!found) return [];
  const pages = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const seen = new Set<string>();
  return pages
    .flatMap(toHits)
    .filter((h) => !seen.has(h.url) && seen.add(h.url))
    .slice(0, limit);
}

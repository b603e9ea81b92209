/**
 * Narrowing a list as staff type (the staff reference), with the customers' vocabulary of search.
 * Pure, DOM-free.
 */
import type { Concept } from '../../data/vocabulary';
import { normalizeQuery } from './normalize';
import { analyzeQuery } from './query';

export interface FilterEntry {
  /** The element id of the item in the list. */
  el: string;
  url: string;
  /** Title, summary, words and group, normalised with filterText(). */
  text: string;
}

/**
 * The form an item's text and the query's words are compared in: NFKC, lower case, no spaces.
 * No kana folding here: folded, 「タダ」 would match the 「ただ」 of every 「いただきます」.
 */
export function filterText(text: string): string {
  return normalizeQuery(text).replace(/\s+/g, '');
}

/** Items matching every word of the query; if none does, those matching the most words; none if no word matches. */
export function filterEntries<E extends FilterEntry>(entries: E[], query: string, vocabulary: readonly Concept[]): E[] {
  const groups = analyzeQuery(query, vocabulary);
  if (groups.length === 0) return entries;
  const needles = groups.map((g) => {
    const concept = vocabulary.find((c) => c.id === g.key);
    return (concept ? concept.terms : g.alternatives).map(filterText).filter(Boolean);
  });
  const counts = entries.map((e) => needles.filter((alts) => alts.some((a) => e.text.includes(a))).length);
  const best = Math.max(0, ...counts);
  if (best === 0) return [];
  return entries.filter((_, i) => counts[i] === best);
}

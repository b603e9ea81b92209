/**
 * Narrowing a list as staff type (the staff reference), with the customers' vocabulary of search.
 * Pure, DOM-free.
 */
import type { Concept } from '../../data/vocabulary';
import { fold } from './normalize';
import { analyzeQuery } from './query';

export interface FilterEntry {
  /** The element id of the item in the list. */
  el: string;
  url: string;
  /** Title, summary, words and group, kana-folded with fold(). */
  text: string;
}

/** Items matching every word of the query; if none does, those matching the most words; none if no word matches. */
export function filterEntries<E extends FilterEntry>(entries: E[], query: string, vocabulary: readonly Concept[]): E[] {
  const groups = analyzeQuery(query, vocabulary);
  if (groups.length === 0) return entries;
  const needles = groups.map((g) => {
    const concept = vocabulary.find((c) => c.id === g.key);
    return (concept ? concept.terms : g.alternatives).map(fold).filter(Boolean);
  });
  const counts = entries.map((e) => needles.filter((alts) => alts.some((a) => e.text.includes(a))).length);
  const best = Math.max(0, ...counts);
  if (best === 0) return [];
  return entries.filter((_, i) => counts[i] === best);
}

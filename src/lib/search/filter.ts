/**
 * Narrowing a list as staff type (the staff reference), with the same matcher as the search page. Pure.
 */
import type { Matcher } from './matcher';

export interface FilterEntry {
  /** The element id of the item in the list. */
  el: string;
  /** The answer's path and anchor on this site: `/faq/#q2`. */
  path: string;
}

/**
 * Every entry for an empty query; otherwise the entries the matcher finds, best first (a part of an answer,
 * such as a case of the troubleshooting guide, stands for its answer). None when nothing answers the query.
 */
export function filterEntries<E extends FilterEntry>(entries: readonly E[], query: string, matcher: Matcher): E[] {
  if (!query.trim()) return [...entries];
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const out = new Set<E>();
  for (const { doc } of matcher.search(query, { relative: 0, limit: Infinity })) {
    const entry = byPath.get(doc.parent ?? doc.url);
    if (entry) out.add(entry);
  }
  return [...out];
}

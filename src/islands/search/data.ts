/** The search data the page carries (see src/components/SearchData.astro); null if it is missing or broken. */
import { createMatcher, SEARCH_DATA_ID, type Matcher, type SearchData } from '../../lib/search/matcher';
import { KANJI_READINGS_URL, type KanjiReadings } from '../../lib/search/sound-alike';

export function readMatcher(): Matcher | null {
  try {
    const text = document.getElementById(SEARCH_DATA_ID)?.textContent;
    return text ? createMatcher(JSON.parse(text) as SearchData) : null;
  } catch {
    return null;
  }
}

let readings: Promise<KanjiReadings | null> | null = null;
/** How long a query waits for the table at most: then it is searched without it, never left waiting. */
const READINGS_WAIT_MS = 5000;

/**
 * Searches with the table of kanji readings when the query needs it (a typo of the same reading, 「期首変更」):
 * fetched once, on the first such query. Without it (offline, too slow, or the file is missing or broken) the
 * query is still searched, without reading typos. Never rejects.
 */
export async function withReadings(matcher: Matcher, query: string): Promise<void> {
  if (!matcher.needsReadings(query)) return;
  readings ??= Promise.race([
    fetch(KANJI_READINGS_URL)
      .then((r) => (r.ok ? (r.json() as Promise<KanjiReadings>) : null))
      .catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READINGS_WAIT_MS)),
  ]);
  const table = await readings;
  try {
    if (table && matcher.needsReadings(query)) matcher.addReadings(table);
  } catch {
    // A broken table: search without it.
  }
}

/** The search data the page carries (see src/components/SearchData.astro); null if it is missing or broken. */
import { createMatcher, SEARCH_DATA_ID, type Matcher, type SearchData } from '../../lib/search/matcher';

export function readMatcher(): Matcher | null {
  try {
    const text = document.getElementById(SEARCH_DATA_ID)?.textContent;
    return text ? createMatcher(JSON.parse(text) as SearchData) : null;
  } catch {
    return null;
  }
}

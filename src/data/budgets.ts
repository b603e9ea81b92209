/**
 * Page-weight budgets: gzip bytes a browser downloads to show a page, as measured by `npm run weight`.
 * Every kilobyte reaches a customer's phone.
 */
export const KB = 1024;

export interface Budget {
  /** Everything the page loads (HTML with its inlined CSS, JS, images) before any interaction. */
  total: number;
  /** The JavaScript alone. */
  js: number;
}

/** Content pages (notice, FAQ, guide, …) ship no JavaScript. */
const contentPage: Budget = { total: 30 * KB, js: 0 };
/** A page with an interactive island (practice, checker): the island's JS has its own 30 KB. */
const islandPage: Budget = { total: 60 * KB, js: 30 * KB };
/** The home page: a content page, plus the few lines that open an answer by its 案内番号. */
const homePage: Budget = { total: 30 * KB, js: 2 * KB };
/**
 * The staff quick reference, opened on the bank's PCs, not on customers' phones: every answer with its QR code
 * (about 0.5 KB each), the matcher's data (about 26 KB: some 2,900 customer phrasings, the subjects the site does
 * not answer) and its code for the filter. Raised from 75 KB when the matcher's data grew by 10 KB: the staff
 * filter finds what search finds.
 */
const staffPage: Budget = { total: 90 * KB, js: 20 * KB };

const byPath: Record<string, Budget> = {
  '/': homePage,
  '/practice/': islandPage,
  '/check/': islandPage,
  '/search/': islandPage,
  '/staff/': staffPage,
};

/** The budget of a page by its path. */
export function budgetFor(path: string): Budget {
  return byPath[path] ?? contentPage;
}

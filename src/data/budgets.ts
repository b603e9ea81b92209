/**
 * Page-weight budgets: gzip bytes a browser downloads to show a page (HTML + CSS + JS + images),
 * as measured by `npm run weight`. Every kilobyte reaches a customer's phone.
 */
export const KB = 1024;

export const budgets = {
  /** Content pages (notice, FAQ, guide, …): everything they load. */
  contentPage: 30 * KB,
  /** An interactive island's own JavaScript (practice, checker). */
  islandJs: 30 * KB,
  /** The staff quick reference, with its QR codes. */
  staffPage: 60 * KB,
} as const;

/** The budget of a page by its path. */
export function budgetFor(path: string): number {
  if (path === '/staff/') return budgets.staffPage;
  return budgets.contentPage;
}

import type { Page } from '@playwright/test';
import { linkContract } from '../../src/data/link-contract';

/** Every page of the site: the link contract's, and the search page. */
export const PAGES = [...linkContract.map((p) => p.path), '/search/'];

/** Pages that show content only: they ship no JavaScript. */
export const CONTENT_PAGES = ['/', '/notice/', '/faq/', '/guide/', '/security/', '/contact/'];

export const VIEWPORTS = {
  phone: { width: 360, height: 800 },
  desktop: { width: 1280, height: 900 },
} as const;

/**
 * Records what a page does that a customer would notice: console errors, page errors,
 * and any request that leaves the site's origin.
 */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const offOrigin: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) offOrigin.push(url);
  });
  return { problems, offOrigin };
}

/**
 * The text of the page without ruby readings (rt, rp), whitespace removed, NFKC.
 * `withoutAdditions` also drops what the site adds beside the notice's words: the Western year
 * beside a date (`.seireki`) and notes (`.site-note`), so that the notice's sentences can be compared with the seed.
 */
export async function pageText(page: Page, { withoutAdditions = false } = {}): Promise<string> {
  const text = await page.evaluate((dropAdditions) => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(dropAdditions ? 'rt, rp, script, style, .seireki, .site-note' : 'rt, rp, script, style').forEach((n) => n.remove());
    return clone.textContent ?? '';
  }, withoutAdditions);
  return squash(text);
}

export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

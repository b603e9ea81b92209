// Measuring a page as a phone shows it: shared by `npm run eval:phone` and tests/e2e/phone.spec.ts.

/** The pages a customer reads on a phone (the staff page is for the bank's PCs). */
export const PHONE_PAGES = ['/', '/notice/', '/faq/', '/guide/', '/security/', '/contact/', '/practice/', '/check/', '/search/?q=スマホ', '/no-such-page/'];

/**
 * Text sizes: Chromium's default font size (`Page.setFontSizes`, what Android's text size setting changes)
 * at 16 px (100%) and 32 px (200%), on a 360 × 800 phone; and 100% at 320 px (a small phone, or 200% zoom).
 */
/** @type {[string, { viewport: { width: number, height: number }, fontSize: number }][]} */
export const TEXT_SIZES = [
  ['360 px, 100%', { viewport: { width: 360, height: 800 }, fontSize: 16 }],
  ['360 px, 200%', { viewport: { width: 360, height: 800 }, fontSize: 32 }],
  ['320 px, 100%', { viewport: { width: 320, height: 640 }, fontSize: 16 }],
];

/**
 * Opens `url` with the browser's default font size at `fontSize` and measures: horizontal overflow (px), the
 * top of the page's h1, the page height, the top of the first `tel:` link (null if none), and the width of the
 * narrowest text field on screen (null if none): room to see what one typed.
 * @param {import('@playwright/test').Page} page
 */
export async function measurePhone(page, url, fontSize) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: fontSize } });
  await page.goto(url, { waitUntil: 'networkidle' });
  const m = await page.evaluate(() => {
    const root = document.documentElement;
    const h1 = document.querySelector('h1');
    const tel = document.querySelector('a[href^="tel:"]');
    const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
    const fields = [...document.querySelectorAll('input[type="search"], input[type="text"], input:not([type])')]
      .filter((el) => el.checkVisibility())
      .map((el) => el.getBoundingClientRect().width);
    return {
      overflow: Math.max(0, root.scrollWidth - root.clientWidth),
      h1Top: top(h1),
      height: root.scrollHeight,
      telTop: top(tel),
      narrowestField: fields.length ? Math.round(Math.min(...fields)) : null,
    };
  });
  await cdp.detach();
  return m;
}

// `npm run eval:phone`: every page on a phone (360×800), with the text at 100% and at 200% (Chromium's font
// size setting, as Android's large text does), and at 320 px: horizontal overflow, where the page's heading
// starts, the page's height, and where the first phone link is. Prints numbers; the Playwright test
// tests/e2e/phone.spec.ts fails on any overflow.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';
import { measurePhone, PHONE_PAGES, TEXT_SIZES } from './lib/phone.mjs';

const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const rows = [];
  for (const [label, setup] of TEXT_SIZES) {
    const context = await browser.newContext({ viewport: setup.viewport, locale: 'ja-JP', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const path of PHONE_PAGES) {
      const m = await measurePhone(page, ORIGIN + path, setup.fontSize);
      rows.push({ label, path, ...m });
    }
    await context.close();
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`${pad('text', 16)}${pad('page', 16)}${pad('overflow', 10)}${pad('h1 top', 9)}${pad('height', 9)}first tel link`);
  for (const r of rows) {
    console.log(`${pad(r.label, 16)}${pad(r.path, 16)}${pad(`${r.overflow} px`, 10)}${pad(r.h1Top, 9)}${pad(r.height, 9)}${r.telTop ?? '(none)'}`);
  }
  const worst = Math.max(...rows.map((r) => r.overflow));
  const lateHeading = rows.filter((r) => r.label === '360 px, 100%' && r.h1Top > 200).map((r) => r.path);
  console.log(`worst overflow: ${worst} px; headings below 200 px at 360 px / 100%: ${lateHeading.join(', ') || 'none'}`);
} finally {
  await browser.close();
  await stop();
}

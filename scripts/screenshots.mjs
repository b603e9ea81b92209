// Full-page screenshots of every page at phone and desktop size, for people to look at.
// Usage: npm run screenshots [-- /faq/ /guide/]   (needs a build; starts `astro preview` if nothing serves)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';

const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const paths = pages.length ? pages : ['/', '/notice/', '/faq/', '/guide/', '/security/', '/contact/', '/practice/', '/check/', '/staff/'];
const sizes = { phone: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } };

mkdirSync('screenshots', { recursive: true });
const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [name, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, locale: 'ja-JP' });
    for (const path of paths) {
      await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
      const file = `screenshots/${name}${path === '/' ? '-home' : path.replace(/\/$/, '').replaceAll('/', '-')}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await stop();
}

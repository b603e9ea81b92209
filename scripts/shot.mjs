// One viewport-sized screenshot of a page, scrolled to an anchor if given, for a quick look.
// Usage: node scripts/shot.mjs /guide/#register out.png [phone|desktop]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';

const [path = '/', out = 'screenshots/shot.png', size = 'phone'] = process.argv.slice(2);
const viewport = size === 'desktop' ? { width: 1280, height: 900 } : { width: 360, height: 800 };
const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport, locale: 'ja-JP' });
await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
await page.screenshot({ path: out });
await browser.close();
await stop();
console.log(out);

import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';
const [path, sel, out, size = 'phone', font = '16'] = process.argv.slice(2);
const viewport = size === 'desktop' ? { width: 1280, height: 900 } : { width: 360, height: 800 };
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport, locale: 'ja-JP' });
if (font !== '16') { const cdp = await page.context().newCDPSession(page); await cdp.send('Page.enable'); await cdp.send('Page.setFontSizes', { fontSizes: { standard: Number(font), fixed: Number(font) } }); }
await page.goto('http://127.0.0.1:4321' + path, { waitUntil: 'networkidle' });
if (sel && sel !== '-') await page.locator(sel).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
await page.screenshot({ path: out });
await browser.close();

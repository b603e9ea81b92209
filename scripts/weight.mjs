// Page weight: for each page, the bytes a browser downloads (gzip) split into HTML / CSS / JS / other,
// against its budget (src/data/budgets.ts). Fails if a page asks for anything off the site's origin
// or goes over budget. Usage: npm run weight  (builds first)
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';
import { linkContract } from '../src/data/link-contract.ts';
import { budgetFor } from '../src/data/budgets.ts';

const KIND = { document: 'html', stylesheet: 'css', script: 'js' };
const kb = (n) => (n / 1024).toFixed(1).padStart(6);

const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
let failed = false;
const rows = [];
try {
  for (const path of [...linkContract.map((p) => p.path), '/search/']) {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const sizes = { html: 0, css: 0, js: 0, other: 0 };
    const offOrigin = [];
    const pending = [];
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && new URL(url).origin !== ORIGIN) offOrigin.push(url);
    });
    page.on('response', (res) => {
      pending.push(
        res.body().then(
          (body) => {
            const kind = KIND[res.request().resourceType()] ?? 'other';
            sizes[kind] += gzipSync(body, { level: 9 }).length;
          },
          () => {},
        ),
      );
    });
    await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await page.close();
    const total = sizes.html + sizes.css + sizes.js + sizes.other;
    const budget = budgetFor(path);
    const over = total > budget.total || sizes.js > budget.js;
    if (over || offOrigin.length) failed = true;
    rows.push({ path, ...sizes, total, budget, over, offOrigin });
  }
} finally {
  await browser.close();
  await stop();
}

console.log('page            HTML KB  CSS KB   JS KB  other  total KB  budget (total / JS)');
for (const r of rows) {
  console.log(
    `${r.path.padEnd(14)} ${kb(r.html)}  ${kb(r.css)}  ${kb(r.js)} ${kb(r.other)}  ${kb(r.total)}  ${kb(r.budget.total)} / ${kb(r.budget.js).trim()}${r.over ? '  OVER BUDGET' : ''}`,
  );
  for (const url of r.offOrigin) console.log(`  off-origin request: ${url}`);
}
console.log('(gzip -9 of each response as the browser received it; CSS is inlined into the HTML)');
if (failed) {
  console.error('weight: a page is over budget or requests something off the site\'s origin');
  process.exit(1);
}

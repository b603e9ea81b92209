// `npm run eval:search`: search quality and speed on tests/search-queries.tsv, in headless Chromium
// against the built site. Prints top-1/top-3 hit rates, the misses, timings and bytes per query.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';
import { readQueries, runEval, summarise } from './lib/search-eval.mjs';

const file = process.argv[2] ? new URL(process.argv[2], `file://${process.cwd()}/`) : undefined;
const queries = readQueries(file);
const stop = await startPreview();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ locale: 'ja-JP' });
  const results = await runEval(page, ORIGIN, queries);
  const s = summarise(results);
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`queries: ${s.n}`);
  console.log(`top-1 hit rate: ${pct(s.top1)}`);
  console.log(`top-3 hit rate: ${pct(s.top3)}`);
  console.log(`time to rendered results: first ${s.firstMs.toFixed(0)} ms; after that median ${s.medianMs.toFixed(0)} ms, worst ${s.worstMs.toFixed(0)} ms`);
  console.log(`bytes fetched: first query ${(s.firstBytes / 1024).toFixed(1)} KB (loads Pagefind); after that median ${(s.medianBytes / 1024).toFixed(1)} KB, max ${(s.maxBytes / 1024).toFixed(1)} KB`);
  const byKind = new Map();
  for (const r of results) {
    const k = byKind.get(r.kind) ?? { n: 0, hit: 0 };
    k.n++;
    if (r.rank >= 1 && r.rank <= 3) k.hit++;
    byKind.set(r.kind, k);
  }
  console.log('top-3 by kind: ' + [...byKind].map(([k, v]) => `${k} ${v.hit}/${v.n}`).join(', '));
  console.log(`misses (not in top 3): ${s.misses.length}`);
  for (const m of s.misses) {
    console.log(`  ${m.query}\texpected ${m.expected.join(' | ')}\tgot ${m.top.join(' , ') || '(nothing)'}${m.rank ? ` (rank ${m.rank})` : ''}`);
  }
} finally {
  await browser.close();
  await stop();
}

// `npm run eval:search`: search quality and speed on every set of tests/search/, in headless Chromium against
// the built site. Per set: top-1, top-3, MRR (or, for off-topic sets, how many got any answer at all), and how
// many queries listed different answers in a second run. Then the time from 検索 to the first result on a slow
// phone. Misses are printed for the tuning sets only: the held-out sets are never tuned on.
// `npm run eval:search -- --misses` prints every set's misses (for the closing report, not for tuning).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium.mjs';
import { ORIGIN, startPreview } from './lib/preview.mjs';
import { SETS, changedBetween, readQueries, runEvalInNewPage, summarise } from './lib/search-eval.mjs';

const allMisses = process.argv.includes('--misses');
const pct = (x) => `${(x * 100).toFixed(1)}%`;

/**
 * When the first result is shown, looked for every 10 ms over the DevTools protocol. Not with a Playwright locator:
 * that puts Playwright's own script into the new page, which takes 90–135 ms of the slowed CPU that a customer's
 * phone never spends.
 */
async function firstResultShown(cdp) {
  const expression = "(() => { const li = document.querySelector('#search-results > li'); return !!li && li.getClientRects().length > 0; })()";
  for (let waited = 0; waited < 15_000; waited += 10) {
    // While the browser is between the two pages there is no document to ask.
    const shown = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).then((r) => r.result.value === true, () => false);
    if (shown) return Date.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no result within 15 s on the slow phone');
}

/** A slow phone: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4× slower, 360×800. */
async function slowPhone(browser, queries) {
  const times = [];
  for (const q of queries) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'ja-JP', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${ORIGIN}/faq/`);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate((text) => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('input[name="q"]'));
      input.value = text;
    }, q);
    const start = Date.now();
    await page.evaluate(() => /** @type {HTMLFormElement} */ (document.querySelector('input[name="q"]')?.form)?.requestSubmit());
    times.push((await firstResultShown(cdp)) - start);
    await context.close();
  }
  return times;
}

const stop = await startPreview();
// The slow phone first, in a browser of its own: measured after the sets, in the browser that had just run
// ~130 evaluation pages and 19,000 searches, the same build took 1.55 s instead of 1.25–1.30 s. A customer's
// phone carries none of that.
let phoneLine;
{
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const phone = await slowPhone(browser, ['スマホを買い替えた', 'お金かかる？', 'ガラケーしか持っていない', 'ロックされた', 'きしゅへん']);
    const ms = [...phone].sort((a, b) => a - b);
    phoneLine = `slow phone (150 ms RTT, 1.6 Mbps, CPU ×4, 360×800), 検索 on /faq/ → first result: median ${ms[2]} ms (${phone.join(', ')} ms)`;
  } finally {
    await browser.close();
  }
}
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const timings = [];
  for (const set of SETS) {
    const queries = readQueries(set.file);
    // Each run in a page of its own, closed when done: pages left open would slow the slow-phone figure.
    const first = await runEvalInNewPage(browser, ORIGIN, queries, { locale: 'ja-JP' });
    const second = await runEvalInNewPage(browser, ORIGIN, queries, { locale: 'ja-JP' });
    const s = summarise(first);
    timings.push(...first.map((r) => r.ms).filter(Number.isFinite));
    const changed = changedBetween(first, second);
    const label = `${set.name}${set.heldOut ? ' (held out)' : ''}`;
    if (set.offTopic) {
      console.log(`${label}: ${s.n} queries, answered anyway ${pct(s.falseHits)} (${Math.round(s.falseHits * s.n)}), "nothing found" ${pct(1 - s.falseHits)}; changed between two runs: ${changed}`);
    } else {
      const strict = s.top3Strict !== s.top3 || s.top1Strict !== s.top1 ? ` (the named answers only, not their parts: top-1 ${pct(s.top1Strict)}, top-3 ${pct(s.top3Strict)})` : '';
      console.log(`${label}: ${s.n} queries, top-1 ${pct(s.top1)}, top-3 ${pct(s.top3)}, MRR ${s.mrr.toFixed(3)}${strict}; changed between two runs: ${changed}`);
    }
    if (!set.heldOut || allMisses) {
      const misses = set.offTopic ? first.filter((r) => r.top.length > 0) : s.misses;
      for (const m of misses) {
        console.log(`  ${m.query}\t${set.offTopic ? '' : `expected ${m.expected.join(' | ')}\t`}got ${m.top.slice(0, 3).join(' , ') || '(nothing)'}${m.rank ? ` (rank ${m.rank})` : ''}`);
      }
    }
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(`in-page query → rendered results: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted[sorted.length - 1].toFixed(1)} ms (${sorted.length} queries)`);
  console.log(phoneLine);
} finally {
  await browser.close();
  await stop();
}

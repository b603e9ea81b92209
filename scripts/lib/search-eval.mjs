// Runs the search evaluation set (tests/search-queries.tsv) through the real search page in a browser:
// for each query, types it into /search/, waits for the rendered results, and records the rank of the
// first expected answer, the time from submit to rendered results, and the bytes fetched.
// Shared by `npm run eval:search` (prints numbers) and tests/e2e/search-quality.spec.ts (fails below 90%).
import { readFileSync } from 'node:fs';

/** @typedef {{ query: string, expected: string[], kind: string }} EvalQuery */
/** @typedef {EvalQuery & { rank: number, ms: number, bytes: number, top: string[] }} EvalResult */

/** @returns {EvalQuery[]} */
export function readQueries(file = new URL('../../tests/search-queries.tsv', import.meta.url)) {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  if (!header.startsWith('query\texpected')) throw new Error('search-queries.tsv: header must be query<TAB>expected<TAB>kind');
  return lines.map((line) => {
    const [query, expected, kind = ''] = line.split('\t');
    return { query, expected: expected.split('|').map((s) => s.trim()), kind };
  });
}

/** Normalise a result link to `path#anchor` as written in the TSV. */
function key(href, origin) {
  const u = new URL(href, origin);
  return decodeURIComponent(u.pathname + u.hash);
}

/**
 * @param {import('@playwright/test').Page} page  a fresh page
 * @param {string} origin  e.g. http://127.0.0.1:4321
 * @param {EvalQuery[]} queries
 * @returns {Promise<EvalResult[]>}
 */
export async function runEval(page, origin, queries) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
  });
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('#search-input') && document.querySelector('astro-island:not([ssr])'));
  /** @type {EvalResult[]} */
  const results = [];
  for (const q of queries) {
    bytes = 0;
    const { ms, hrefs } = await page.evaluate(async (query) => {
      const input = /** @type {HTMLInputElement} */ (document.querySelector('#search-input'));
      const status = /** @type {HTMLElement} */ (document.querySelector('.search-status'));
      const want = `「${query.trim().normalize('NFC')}」`;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const start = performance.now();
      input.form?.requestSubmit();
      await new Promise((resolve) => {
        const done = () => status.textContent?.includes(want) || status.textContent?.includes('読み込めません');
        if (done()) return resolve(null);
        const obs = new MutationObserver(() => {
          if (done()) {
            obs.disconnect();
            resolve(null);
          }
        });
        obs.observe(status, { childList: true, characterData: true, subtree: true });
        setTimeout(() => {
          obs.disconnect();
          resolve(null);
        }, 5000);
      });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const ms = performance.now() - start;
      const hrefs = [...document.querySelectorAll('#search-results > li a')].map((a) => a.getAttribute('href') ?? '');
      return { ms, hrefs };
    }, q.query);
    await page.waitForTimeout(20); // let the last response's loadingFinished arrive
    const top = hrefs.map((h) => key(h, origin));
    const rank = top.findIndex((t) => q.expected.includes(t)) + 1;
    results.push({ ...q, rank, ms, bytes, top: top.slice(0, 3) });
  }
  return results;
}

/** @param {EvalResult[]} results */
export function summarise(results) {
  const n = results.length;
  const top1 = results.filter((r) => r.rank === 1).length / n;
  const top3 = results.filter((r) => r.rank >= 1 && r.rank <= 3).length / n;
  const later = results.slice(1).map((r) => r.ms).sort((a, b) => a - b);
  const median = later.length ? later[Math.floor(later.length / 2)] : results[0]?.ms ?? 0;
  const worst = later.length ? later[later.length - 1] : 0;
  const bytes = results.slice(1).map((r) => r.bytes).sort((a, b) => a - b);
  return {
    n,
    top1,
    top3,
    firstMs: results[0]?.ms ?? 0,
    medianMs: median,
    worstMs: worst,
    firstBytes: results[0]?.bytes ?? 0,
    medianBytes: bytes.length ? bytes[Math.floor(bytes.length / 2)] : 0,
    maxBytes: bytes.length ? bytes[bytes.length - 1] : 0,
    misses: results.filter((r) => r.rank === 0 || r.rank > 3),
  };
}

import { expect, test } from '@playwright/test';
import { readQueries, runEval, summarise } from '../../scripts/lib/search-eval.mjs';

// The quality gate: `npm run eval:search` prints the numbers; this fails the build if they drop.
test('search finds the right answer in the top 3 for at least 90% of tests/search-queries.tsv', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const queries = readQueries();
  expect(queries.length).toBeGreaterThanOrEqual(80);
  const s = summarise(await runEval(page, baseURL!, queries));
  const misses = s.misses.map((m) => `${m.query} → ${m.top.join(', ')}`).join('\n');
  expect(s.top3, `top-3 ${(s.top3 * 100).toFixed(1)}%; misses:\n${misses}`).toBeGreaterThanOrEqual(0.9);
});

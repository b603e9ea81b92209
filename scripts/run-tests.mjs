// `npm test`: type check (astro check), unit tests (Vitest), then a production build, then browser tests
// (Playwright against `astro preview`). Ends with one plain line that CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });
const UNIT = `${OUT}/unit.json`;
const E2E = `${OUT}/e2e-summary.json`;
rmSync(UNIT, { force: true });
rmSync(E2E, { force: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;

const totals = { passed: 0, failed: 0, skipped: 0 };
const typed = run('npx', ['astro', 'check']);
if (!typed) {
  console.error('\nastro check found type errors.');
  totals.failed += 1;
}
let ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT}`]) && typed;
if (existsSync(UNIT)) {
  const r = JSON.parse(readFileSync(UNIT, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
} else {
  totals.failed += 1;
}

const built = run('npx', ['astro', 'build']);
if (!built) {
  console.error('\nastro build failed: the browser tests cannot run.');
  totals.failed += 1;
  ok = false;
} else {
  ok = run('npx', ['playwright', 'test']) && ok;
  if (existsSync(E2E)) {
    const r = JSON.parse(readFileSync(E2E, 'utf8'));
    totals.passed += r.passed;
    totals.failed += r.failed;
    totals.skipped += r.skipped;
  } else {
    totals.failed += 1;
  }
}
if (totals.failed === 0 && !ok) totals.failed = 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);

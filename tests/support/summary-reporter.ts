import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Counts the browser tests for `npm test`'s closing line (test-results/e2e-summary.json) and prints them. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') this.skipped++;
    else if (result.status === 'passed' || test.outcome() === 'flaky') this.passed++;
    else if (test.results.length >= test.retries + 1) this.failed++;
  }

  onEnd() {
    const counts = { passed: this.passed, failed: this.failed, skipped: this.skipped };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/e2e-summary.json', JSON.stringify(counts));
    console.log(`\ne2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}

/**
 * The environment checker's pure core: User-Agent string (+ optional client hints) → detected OS and
 * browser → verdict with reasons, by the policy in src/data/support-policy.ts. No DOM; never throws.
 */
import { supportPolicy, type SupportPolicy } from '../../data/support-policy';
import { detect } from './detect';
import { judge } from './judge';
import type { EnvironmentInput, Verdict } from './types';

export { detect } from './detect';
export { judge } from './judge';
export { normalizeHints } from './hints';
export type * from './types';

/** Reads and judges. Whatever the input (empty, garbage, huge, wrong types), returns a verdict. */
export function checkEnvironment(input: EnvironmentInput, policy: SupportPolicy = supportPolicy): Verdict {
  try {
    return judge(detect(input), policy);
  } catch {
    const f = { label: '分かりませんでした', status: 'unknown' as const, reason: '読み取りの途中で問題が起きました。', rule: 'error' };
    return {
      verdict: 'unknown',
      device: 'unknown',
      os: f,
      browser: f,
      steps: ['other-browser', 'contact'],
      detection: { userAgent: '', device: 'unknown', os: { family: 'none' }, browser: { family: 'none' } },
    };
  }
}

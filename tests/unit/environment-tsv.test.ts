import { describe, expect, it } from 'vitest';
import { checkEnvironment } from '../../src/lib/environment';
import tsv from '../user-agents.tsv?raw';

/** The rows of tests/user-agents.tsv (the same file the browser test runs against the built page). */
function rows() {
  const lines = tsv.split('\n').filter((l: string) => l && !l.startsWith('#'));
  const [header, ...body] = lines;
  expect(header.split('\t')).toEqual(['name', 'user_agent', 'client_hints', 'expected', 'touch']);
  return body.map((l: string) => {
    const [name, userAgent, hints, expected, touch] = l.split('\t');
    return { name, userAgent, hints: hints ? JSON.parse(hints) : undefined, expected, touch: touch ? Number(touch) : 0 };
  });
}

describe('tests/user-agents.tsv through the pure checker', () => {
  const all = rows();
  it('has at least 40 rows, each with a known expected verdict', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const r of all) expect(['supported', 'unsupported', 'unknown']).toContain(r.expected);
  });
  for (const r of all) {
    it(`${r.name} → ${r.expected}`, () => {
      const v = checkEnvironment({ userAgent: r.userAgent, hints: r.hints, maxTouchPoints: r.touch });
      expect(v.verdict, `${v.os.label} (${v.os.rule}) / ${v.browser.label} (${v.browser.rule})`).toBe(r.expected);
    });
  }
});

/**
 * The subjects this site does not answer (src/data/other-subjects.ts) must be words the site itself never uses:
 * otherwise a customer asking about one of the site's own answers in its own words would be told nothing was found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherSubjects } from '../../src/data/other-subjects';
import { toolPages } from '../../src/data/tool-pages';
import { vocabulary } from '../../src/data/vocabulary';
import { conceptText } from '../../src/lib/search/normalize';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : []));

describe('the subjects this site does not answer', () => {
  const site = conceptText(
    [
      ...files('content').map((f) => readFileSync(f, 'utf8')),
      ...toolPages.flatMap((t) => [t.title, t.summary, ...t.words]),
      ...vocabulary.flatMap((c) => c.terms),
    ].join('\n'),
  );
  const terms = otherSubjects.flatMap((s) => s.terms);
  it('are words the site never uses, in its answers, its customers\' phrasings or its vocabulary', () => {
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.filter((t) => site.includes(conceptText(t)))).toEqual([]);
  });
  it('are listed once each', () => {
    expect(terms.filter((t, i) => terms.findIndex((u) => conceptText(u) === conceptText(t)) !== i)).toEqual([]);
  });
});

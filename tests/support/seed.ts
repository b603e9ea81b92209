import { readFileSync } from 'node:fs';
import { squash } from './site';

const SEED = new URL('../fixtures/seed-notice.txt', import.meta.url);
const CORRECTIONS = new URL('../fixtures/seed-corrections.json', import.meta.url);

/** `^{あかいし}赤石` → `赤石` (the site shows readings as ruby; the test reads text without them). */
export function dropReadings(text: string): string {
  return text.replace(/\^\{[^}]*\}/g, '');
}

/** Every reading the seed gives: [base, reading]. */
export function seedReadings(): [string, string][] {
  const text = readFileSync(SEED, 'utf8');
  return [...text.matchAll(/\^\{([^}]*)\}(\p{Script=Han}+)/gu)].map((m) => [m[2], m[1]]);
}

/**
 * The seed split into the pieces the site must show in the seed's words:
 * sentences (split after 。？), and, for lines without sentence punctuation (headings, the damage
 * figures, the contact block), each whitespace-separated piece. Whitespace is removed, NFKC.
 */
export function seedPieces(): string[] {
  let text = readFileSync(SEED, 'utf8');
  const { corrections } = JSON.parse(readFileSync(CORRECTIONS, 'utf8')) as { corrections: { seed: string; site: string }[] };
  for (const c of corrections) {
    if (!text.includes(c.seed)) throw new Error(`seed correction no longer matches the seed: ${c.seed}`);
    text = text.replaceAll(c.seed, c.site);
  }
  text = dropReadings(text).replace(/<\/?p>/g, '\n');
  const pieces: string[] = [];
  for (const raw of text.split(/[\n\t]+/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/[。？]/.test(line)) {
      pieces.push(...line.split(/(?<=[。？])/));
    } else {
      pieces.push(...line.split(/\s+/));
    }
  }
  // A leading marker (Q1, A1, ※①) is shown as a label beside the text on the site: check it on its own.
  const split = pieces.flatMap((p) => {
    const m = /^(※[①②③④]|[QA]\d+)\s*(.+)$/u.exec(p.trim());
    return m ? [m[1], m[2]] : [p];
  });
  return [...new Set(split.map(squash).filter((p) => p.length > 0))];
}

/**
 * The matcher's BM25 ranking. It scores as MiniSearch does (the library it replaced, kept as a reference here):
 * the same answers in the same order, sooner.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createBm25 } from '../../src/lib/search/bm25';

/** doc → field (title, words, summary) → tokens. */
const docs = [
  [['#lock', 'ろっ', 'っく'], ['#lock', 'なん', 'んど', 'まち', 'ちが'], ['あん', 'んぜ', '#contact']],
  [['#cost', 'むり', 'りょ'], ['#cost', '#cost', 'たた', 'おか', 'かね'], ['#token', 'むり']],
  [['#device-change', 'かい', 'いか'], ['#smartphone', '#device-change', 'かい'], ['#credential', 'とう', 'ろく']],
  [['#contact'], [], ['#contact', 'でん', 'んわ']],
];
const FIELDS = ['title', 'words', 'summary'] as const;
const boost = [3, 2, 1.5];
const termBoost = (t: string) => (t.startsWith('#') ? 3 : 1);

function reference(terms: string[]): Map<number, number> {
  const ms = new MiniSearch<{ id: number } & Record<(typeof FIELDS)[number], string>>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  ms.addAll(docs.map((fields, id) => ({ id, title: fields[0]!.join(' '), words: fields[1]!.join(' '), summary: fields[2]!.join(' ') })));
  const out = new Map<number, number>();
  for (const r of ms.search(terms.join(' '), { boost: { title: 3, words: 2, summary: 1.5 }, combineWith: 'OR', boostTerm: termBoost })) out.set(r.id as number, r.score);
  return out;
}

describe('createBm25', () => {
  const bm25 = createBm25(docs);

  it('gives the same scores as MiniSearch, to the last bit', () => {
    for (const terms of [['#lock'], ['#cost', 'むり'], ['#contact', 'でん', 'んわ', 'かい'], ['#device-change', '#smartphone', 'かい', 'ないもの'], ['ないもの']]) {
      expect(bm25.search(terms, boost, termBoost), terms.join(' ')).toEqual(reference(terms));
    }
  });
  it('ranks first the document whose question says the term, and counts a term typed twice once', () => {
    const scores = bm25.search(['#contact'], boost, termBoost);
    expect(scores.get(3)).toBeGreaterThan(scores.get(0)!);
    expect(bm25.search(['#contact', '#contact'], boost, termBoost)).toEqual(scores);
  });
  it('finds nothing for terms no document has, and copes with no documents', () => {
    expect(bm25.search(['ないもの'], boost, termBoost).size).toBe(0);
    expect(createBm25([]).search(['#lock'], boost, termBoost).size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { rankAnswers, type Hit } from '../../src/lib/search/rank';

const hit = (url: string, score: number): Hit => ({ url, title: url, excerpt: '', pageTitle: '', score });

describe('rankAnswers', () => {
  it('ranks an answer matching more of the question above one matching a single word strongly', () => {
    const ranked = rankAnswers([
      [[hit('/faq/#q3', 30000), hit('/faq/#q2', 18000)]], // パソコン
      [[hit('/faq/#q2', 18000)]], // スマホ
      [[hit('/faq/#q2', 12000)]], // 両方
    ]);
    expect(ranked.map((r) => r.url)).toEqual(['/faq/#q2', '/faq/#q3']);
    expect(ranked[0].matched).toBe(3);
  });
  it('counts synonyms of one concept as one match, with a little credit for each further synonym', () => {
    const ranked = rankAnswers([[[hit('/a', 100)], [hit('/a', 100)], [hit('/b', 120)]]]);
    expect(ranked[0]).toMatchObject({ url: '/a', matched: 1, score: 130 });
    expect(ranked[1]).toMatchObject({ url: '/b', matched: 1, score: 120 });
  });
  it('does not let one word repeated in many pieces of an answer outrank a strong match', () => {
    const ranked = rankAnswers([[[hit('/a', 500), hit('/a', 500), hit('/a', 500), hit('/b', 1000)]]]);
    expect(ranked.map((r) => r.url)).toEqual(['/b', '/a']);
  });
  it('returns nothing for no hits', () => {
    expect(rankAnswers([])).toEqual([]);
    expect(rankAnswers([[[]]])).toEqual([]);
  });
});

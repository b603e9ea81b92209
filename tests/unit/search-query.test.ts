import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../src/data/vocabulary';
import { fold, normalizeQuery, toHiragana, toKatakana } from '../../src/lib/search/normalize';
import { analyzeQuery, isSafeLookup } from '../../src/lib/search/query';

describe('normalizeQuery', () => {
  it('folds full-width letters and digits, half-width kana, case and spaces', () => {
    expect(normalizeQuery('　ＶＩＰ　Ａｃｃｅｓｓ　')).toBe('vip access');
    expect(normalizeQuery('０１４２－２５－２８１１')).toBe('0142-25-2811');
    expect(normalizeQuery('ﾜﾝﾀｲﾑﾊﾟｽﾜｰﾄﾞ')).toBe('ワンタイムパスワード');
    expect(normalizeQuery('※④')).toBe('※④'); // the site's label, not 「※4」
  });
  it('converts between katakana and hiragana', () => {
    expect(toHiragana('ワンタイムパスワード')).toBe('わんたいむぱすわーど');
    expect(toKatakana('ろぐいん')).toBe('ログイン');
    expect(fold('ス マ ホ')).toBe('すまほ');
  });
});

const keys = (q: string) => analyzeQuery(q, vocabulary).map((g) => g.key);

describe('analyzeQuery', () => {
  it('finds the concepts of a colloquial question and drops particles and filler', () => {
    expect(keys('スマホとパソコン両方に入れないとだめ？')).toEqual(['smartphone', 'pc', 'both']);
    expect(keys('お金かかる？')).toEqual(['cost']);
    expect(keys('携帯しか持ってない')).toContain('feature-phone');
    expect(keys('他の銀行のトークン使える？')).toEqual(['bank', 'token']);
  });
  it('recognises a concept typed in hiragana or full-width letters', () => {
    expect(keys('きしゅへんこう')).toEqual(['device-change']);
    expect(keys('ゆうりょう？')).toEqual(['cost']);
    expect(keys('ＰＣ')).toEqual(['pc']);
    expect(keys('わんたいむぱすわーど')).toEqual(['otp']);
  });
  it('prefers the longest term: 不審なメール is phishing, not mail', () => {
    const k = keys('不審なメールが来た');
    expect(k[0]).toBe('phishing');
    expect(k).not.toContain('mail');
  });
  it('looks a concept up by its written forms only, never by particles or readings', () => {
    const group = analyzeQuery('キーホルダー', vocabulary)[0];
    expect(group.alternatives).toContain('キーホルダー');
    expect(group.alternatives).not.toContain('専用の機械');
    expect(group.alternatives).not.toContain('きーほるだー');
    expect(isSafeLookup('専用の機械')).toBe(false);
    expect(isSafeLookup('VIP Access')).toBe(true);
  });
  it('keeps unknown content words, trying hiragana words in katakana too', () => {
    const groups = analyzeQuery('てんきよほう', vocabulary);
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g.alternatives).toEqual([g.alternatives[0], toKatakana(g.alternatives[0])]);
  });
  it('gives nothing for an empty query and the query itself when only filler is left', () => {
    expect(analyzeQuery('', vocabulary)).toEqual([]);
    expect(analyzeQuery('   ', vocabulary)).toEqual([]);
    expect(analyzeQuery('ですか', vocabulary)).toEqual([{ key: 'ですか', alternatives: ['ですか'] }]);
  });
  it('survives a huge or strange input', () => {
    expect(() => analyzeQuery('あ'.repeat(100_000), vocabulary)).not.toThrow();
    expect(() => analyzeQuery('<script>alert(1)</script>', vocabulary)).not.toThrow();
    expect(() => analyzeQuery('\u0000\uFFFF😀', vocabulary)).not.toThrow();
  });
});

describe('vocabulary', () => {
  it('has unique concept ids and no term in two concepts', () => {
    const ids = vocabulary.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of vocabulary) {
      for (const t of new Set(c.terms.map((x) => toHiragana(normalizeQuery(x))))) {
        if (seen.has(t) && seen.get(t) !== c.id) clashes.push(`${t}: ${seen.get(t)} / ${c.id}`);
        seen.set(t, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

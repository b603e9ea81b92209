import { describe, expect, it } from 'vitest';
import { conceptText, fold, loose, normalizeQuery, toHiragana, toKatakana } from '../../src/lib/search/normalize';

describe('normalizeQuery', () => {
  it('folds full-width letters and digits, half-width kana, case and spaces', () => {
    expect(normalizeQuery('　ＶＩＰ　Ａｃｃｅｓｓ　')).toBe('vip access');
    expect(normalizeQuery('０１４２－２５－２８１１')).toBe('0142-25-2811');
    expect(normalizeQuery('ﾜﾝﾀｲﾑﾊﾟｽﾜｰﾄﾞ')).toBe('ワンタイムパスワード');
    expect(normalizeQuery('※④')).toBe('※④'); // the site's label, not 「※4」
  });
  it('reads a hyphen typed after katakana as the long-vowel mark', () => {
    expect(normalizeQuery('ガラケ-')).toBe('ガラケー');
    expect(normalizeQuery('ｶﾞﾗｹｰ')).toBe('ガラケー');
    expect(normalizeQuery('0142-25-2811')).toBe('0142-25-2811');
  });
  it('keeps katakana apart from hiragana where concepts are found', () => {
    expect(conceptText('タダ で')).toBe('タダで');
    expect(conceptText('いただき')).not.toContain('タダ');
  });
  it('forgives a missing long-vowel mark and small kana typed large', () => {
    expect(loose('事務グルプ')).toBe(loose('事務グループ'));
    expect(loose('チェツク')).toBe(loose('チェック'));
    expect(fold('きしゆへん')).toBe(fold('きしゅへん'));
    expect(loose('インストル')).toBe(loose('インストール'));
  });
  it('converts between katakana and hiragana', () => {
    expect(toHiragana('ワンタイムパスワード')).toBe('わんたいむぱすわーど');
    expect(toKatakana('ろぐいん')).toBe('ログイン');
    expect(fold('ス マ ホ')).toBe('すまほ');
  });
});


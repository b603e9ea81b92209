import { describe, expect, it } from 'vitest';
import { readRomaji, romajiToKana } from '../../src/lib/search/romaji';

describe('romaji typed for Japanese', () => {
  it('reads a word typed in romaji, with long vowels, small っ and ん', () => {
    expect(romajiToKana('pasuwa-do')).toBe('ぱすわーど');
    expect(romajiToKana('sumaho')).toBe('すまほ');
    expect(romajiToKana('kishuhenkou')).toBe('きしゅへんこう');
    expect(romajiToKana('kitte')).toBe('きって');
    expect(romajiToKana('konnichiwa')).toBe('こんにちわ');
    expect(romajiToKana('renshuu')).toBe('れんしゅう');
    expect(romajiToKana('SHIRIARU')).toBe('しりある');
  });
  it('reads the input methods\' spellings for loanword sounds and small kana', () => {
    expect(romajiToKana('sekyurithi-ko-do')).toBe('せきゅりてぃーこーど');
    expect(romajiToKana('dhisupurei')).toBe('でぃすぷれい');
    expect(romajiToKana('fxairu')).toBeNull(); // not a spelling any input method takes
    expect(romajiToKana('kixtu')).toBe('きっ');
  });
  it('leaves English words and names alone', () => {
    for (const w of ['access', 'iphone', 'rapport', 'otp', 'id', 'mail', 'login', 'error', 'chrome', 'edge']) expect(romajiToKana(w), w).toBeNull();
  });
  it('writes romaji words in hiragana inside a query, says which, and keeps the rest', () => {
    expect(readRomaji('ワンタイムpasuwa-do とは')).toEqual({ text: 'ワンタイムぱすわーど とは', words: ['ぱすわーど'] });
    expect(readRomaji('トークン sumaho').text).toBe('トークン すまほ');
    expect(readRomaji('0142-25-2811').text).toBe('0142-25-2811');
    // The site's own words in letters are kept as written; the romaji around them is read.
    expect(readRomaji('sumaho safari', new Set(['safari'])).text).toBe('すまほ safari');
    expect(readRomaji('kuredensyaruID doko', new Set(['id']))).toEqual({ text: 'くれでんしゃる ID どこ', words: ['くれでんしゃる', 'どこ'] });
    expect(readRomaji('safari iphone', new Set(['safari'])).text).toBe('safari iphone'); // a phrase is read whole or not at all
    expect(readRomaji('one time password').text).toBe('one time password'); // English, though 「one」「time」 look like romaji
    expect(readRomaji('sumaho no pasuwa-do').text).toBe('すまほ の ぱすわーど');
  });
});

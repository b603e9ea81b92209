import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../src/data/vocabulary';
import { filterEntries, filterText } from '../../src/lib/search/filter';
import { qrPath } from '../../src/lib/qr';

const entry = (el: string, text: string) => ({ el, url: `https://example.test/${el}`, text: filterText(text) });
const entries = [
  entry('q7', 'Q7 ソフトウェアトークンは有料ですか？ ソフトウェアトークンは無料です。'),
  entry('feature-phone', '携帯電話（ガラケー）をご利用のお客様へ'),
  entry('change-device', 'スマートフォンを買い替えたとき・なくしたとき'),
  entry('thanks', 'いつもご利用いただきありがとうございます。'),
];

describe('filterEntries', () => {
  it('keeps everything for an empty query', () => {
    expect(filterEntries(entries, '  ', vocabulary)).toHaveLength(4);
  });
  it('finds answers by customers\' words that the text does not contain', () => {
    expect(filterEntries(entries, 'お金', vocabulary).map((e) => e.el)).toEqual(['q7']); // not 「いただき」 for 「タダ」
    expect(filterEntries(entries, 'けいたい', vocabulary).map((e) => e.el)).toEqual(['feature-phone']);
    expect(filterEntries(entries, '機種変更', vocabulary).map((e) => e.el)).toEqual(['change-device']);
  });
  it('returns nothing when no word matches', () => {
    expect(filterEntries(entries, 'zzqxv', vocabulary)).toEqual([]);
  });
});

describe('qrPath', () => {
  it('draws a square code whose size grows with the text, in module units', () => {
    const short = qrPath('https://example.jp/faq/#q2');
    const long = qrPath('https://otp-help.date-shinkin.example/guide/#troubleshooting-and-more-text');
    expect(short.size).toBeGreaterThanOrEqual(21);
    expect(long.size).toBeGreaterThan(short.size);
    expect(short.d).toMatch(/^M0 0h7v1h-7z/); // the top-left finder pattern
  });
});

import { describe, expect, it } from 'vitest';
import { eraYearToWestern, toJapaneseDate } from '../../src/lib/date';

describe('toJapaneseDate', () => {
  it('writes the notice date as the notice does, with the Western year beside it', () => {
    expect(toJapaneseDate('2016-11-21')).toEqual({
      wareki: '平成28年11月21日（月）',
      eraYear: '平成28年',
      monthDay: '11月21日（月）',
      seirekiYear: '2016年',
      text: '平成28年（2016年）11月21日（月）',
      iso: '2016-11-21',
    });
  });
  it('changes era on the right day', () => {
    expect(toJapaneseDate('2019-04-30').wareki).toBe('平成31年4月30日（火）');
    expect(toJapaneseDate('2019-05-01').wareki).toBe('令和元年5月1日（水）');
    expect(toJapaneseDate('1989-01-08').wareki).toBe('平成元年1月8日（日）');
    expect(toJapaneseDate('1989-01-07').wareki).toBe('昭和64年1月7日（土）');
    expect(toJapaneseDate('2026-11-24').wareki).toBe('令和8年11月24日（火）');
  });
  it('refuses what is not a date, in Japanese', () => {
    expect(() => toJapaneseDate('2016/11/21')).toThrow(/YYYY-MM-DD/);
    expect(() => toJapaneseDate('2016-02-30')).toThrow(/存在しない日付/);
  });
});

describe('eraYearToWestern', () => {
  it('converts the years of the damage figures', () => {
    expect(eraYearToWestern('平成', 25)).toBe(2013);
    expect(eraYearToWestern('平成', 27)).toBe(2015);
    expect(eraYearToWestern('令和', 1)).toBe(2019);
  });
});

/**
 * Japanese dates: the era year (和暦) as the notice writes it, with the Western year beside it.
 * Pure functions, no DOM.
 */
const ERAS = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
] as const;

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'] as const;

export interface JapaneseDate {
  /** 平成28年11月21日（月）: as the notice writes it */
  wareki: string;
  /** 平成28年 */
  eraYear: string;
  /** 11月21日（月） */
  monthDay: string;
  /** 2016年 */
  seirekiYear: string;
  /** 平成28年（2016年）11月21日（月）: as the site writes a date, the Western year beside the era year */
  text: string;
  /** 2016-11-21 */
  iso: string;
}

/** Reads an ISO date (YYYY-MM-DD); throws a clear error on anything else. */
export function toJapaneseDate(iso: string): JapaneseDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`日付は YYYY-MM-DD で書いてください: "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new Error(`存在しない日付です: "${iso}"`);
  }
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) throw new Error(`昭和より前の日付には対応していません: "${iso}"`);
  const eraYear = y - Number(era.start.slice(0, 4)) + 1;
  const yearText = eraYear === 1 ? '元' : String(eraYear);
  const weekday = WEEKDAYS[date.getUTCDay()];
  const eraYearText = `${era.name}${yearText}年`;
  const monthDay = `${mo}月${d}日（${weekday}）`;
  return {
    wareki: `${eraYearText}${monthDay}`,
    eraYear: eraYearText,
    monthDay,
    seirekiYear: `${y}年`,
    text: `${eraYearText}（${y}年）${monthDay}`,
    iso,
  };
}

/** 平成25年 → 2013年 (for the damage figures, given by year only). */
export function eraYearToWestern(era: '平成' | '令和', year: number): number {
  return era === '平成' ? 1988 + year : 2018 + year;
}

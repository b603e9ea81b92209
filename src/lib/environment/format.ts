/** Small formatting helpers shared by the checker's messages. Pure. */
import { toJapaneseDate } from '../date';

/** 2025-10-14 → 令和7年（2025年）10月14日（火）, as the site writes dates. */
export function dateJa(iso: string): string {
  const d = toJapaneseDate(iso);
  return d.text;
}

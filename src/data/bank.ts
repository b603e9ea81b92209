/**
 * Facts about the bank taken from the notice (shared/seed). Nothing here may be invented:
 * every value below appears in the notice in these words.
 */
export interface Reading {
  /** The name as written. */
  base: string;
  /** Its reading in hiragana. */
  reading: string;
}

export const bank = {
  name: '伊達信用金庫',
  /** What the notice calls the bank itself. */
  self: '当金庫',
  service: 'WEBバンキング',
  token: 'VIP Access',
  contact: {
    heading: 'お問い合わせ先',
    group: '伊達信用金庫 事務グループ',
    tel: '0142-25-2811',
    /** For `tel:` links. */
    telHref: 'tel:0142252811',
    staff: [
      { base: '赤石', reading: 'あかいし' },
      { base: '久慈', reading: 'くじ' },
      { base: '阿部', reading: 'あべ' },
    ] satisfies Reading[],
  },
  /** The day one-time passwords became mandatory (平成28年11月21日（月）). */
  mandatoryFrom: '2016-11-21',
} as const;

/**
 * Typos of the same reading: the customer accepted the wrong kanji that the input method offered (「期首変更」 for
 * 「機種変更」). What a customer would notice: such a query finds the answer, a correctly typed query is unchanged,
 * and only the kanji that can make such a typo are shipped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchData, type SearchSource } from '../../src/lib/search/build-data';
import { buildKanjiReadings, kanjiPairs, readKanjidic } from '../../src/lib/search/kanji-readings';
import { createMatcher, type SearchData } from '../../src/lib/search/matcher';
import { createReader } from '../../src/lib/search/readings';
import { soundAlike, type KanjiReadings } from '../../src/lib/search/sound-alike';

const source = (url: string, question: string, summary: string): SearchSource => ({ url, title: question, question, summary, page: 'よくあるご質問', words: [], body: '' });

const sources = [
  source('/faq/#new-phone', '機種変更をしたときは', 'クレデンシャルIDを登録し直してください。'),
  source('/security/#suspicious-email', '不審なメールにご注意ください', 'メールのリンクは開かないでください。'),
  source('/notice/#target', '対象となるお客様', 'すべてのお客様が対象です。'),
  source('/faq/#two-devices', 'パソコン2台で使えますか', 'ワンタイムパスワードは30秒ごとに変わります。'),
];

describe('soundAlike', () => {
  const table: KanjiReadings = { き: '機期', しゅ: '種首', ふ: '不', しん: '審振信', たい: '対大', しょう: '象称賞' };
  const heard = soundAlike(new Map([['機種', 3], ['不審', 1], ['対象', 2], ['大賞', 5]]), table);

  it('reads a pair no answer has as the answers\' pair that sounds the same, kanji by kanji', () => {
    expect(heard('期首')).toBe('機種');
    expect(heard('不振')).toBe('不審');
  });
  it('prefers the pair that keeps a kanji in its place, even when another is more common', () => {
    expect(heard('対称')).toBe('対象'); // not 大賞
  });
  it('reads a count after a digit as the answers\' count of the same reading after the same digit', () => {
    const counts = soundAlike(new Map([['2台', 4], ['0秒', 1]]), { だい: '台代大', びょう: '秒病' });
    expect(counts('2代')).toBe('2台');
    expect(counts('0病')).toBe('0秒');
    expect(counts('3代')).toBeNull(); // no answer counts 3 of anything that reads だい
  });
  it('leaves alone a pair the answers have, and a pair that sounds like none of them', () => {
    expect(heard('機種')).toBeNull();
    expect(heard('期待')).toBeNull();
    expect(heard('漢字')).toBeNull(); // not in the table
  });
});

describe('buildKanjiReadings', () => {
  const kanjidic = [
    { literal: '機', grade: 4, freq: 100, onyomi: ['キ'] },
    { literal: '種', grade: 4, freq: 200, onyomi: ['シュ'] },
    { literal: '期', grade: 3, freq: 300, onyomi: ['キ', 'ゴ'] },
    { literal: '首', grade: 2, freq: 400, onyomi: ['シュ'] },
    { literal: '稀', grade: null, freq: null, onyomi: ['キ', 'ケ'] },
    { literal: '嗜', grade: 9, freq: 2400, onyomi: ['シ'] },
    { literal: '鬼', grade: 8, freq: 1800, onyomi: ['キ'] },
  ];
  const data = { docs: [{ fields: { title: { p: ['機種変更'], c: [] }, words: { p: [], c: [] }, summary: { p: [], c: [] } } }] } as unknown as SearchData;

  it('keeps the everyday kanji\'s readings that the answers\' kanji have, in hiragana', () => {
    expect(buildKanjiReadings(data, kanjidic, 1500)).toEqual({ き: '機期', しゅ: '種首' });
  });
  it('counts the answers\' pairs of kanji', () => {
    expect([...kanjiPairs(data)]).toEqual([['機種', 1], ['種変', 1], ['変更', 1]]);
  });
  it('reads KANJIDIC from the kanji.js package', () => {
    const kanji = readKanjidic().find((k) => k.literal === '機');
    expect(kanji?.onyomi).toContain('キ');
    expect(kanji?.grade).toBe(4);
  });
});

describe('the matcher with the readings', () => {
  let data: SearchData;
  let table: KanjiReadings;
  beforeAll(async () => {
    data = buildSearchData(sources, [], await createReader(), {}, [], []);
    table = buildKanjiReadings(data, readKanjidic(), 1500);
  }, 30_000);
  const top = (m: ReturnType<typeof createMatcher>, q: string) => m.search(q).slice(0, 1).map((r) => r.doc.url);

  it('asks for the readings only for a pair of kanji no answer has, and only until it has them', () => {
    const matcher = createMatcher(data);
    expect(matcher.needsReadings('期首変更')).toBe(true);
    expect(matcher.needsReadings('機種変更')).toBe(false);
    expect(matcher.needsReadings('きしゅへんこう')).toBe(false);
    expect(matcher.needsReadings('パソコン2代')).toBe(true);
    expect(matcher.needsReadings('パソコン2台')).toBe(false);
    matcher.addReadings(table);
    expect(matcher.needsReadings('期首変更')).toBe(false);
  });
  it('finds the answer for a typo of the same reading once it has them', () => {
    const matcher = createMatcher(data);
    expect(top(matcher, '期首変更')).not.toEqual(['/faq/#new-phone']);
    matcher.addReadings(table);
    expect(top(matcher, '期首変更')).toEqual(['/faq/#new-phone']);
    expect(top(matcher, '不振なメール')).toEqual(['/security/#suspicious-email']);
    expect(top(matcher, '対称のお客様')).toEqual(['/notice/#target']);
    expect(matcher.readAs('期首変更をした')).toBe('機種変更をした');
    expect(matcher.readAs('機種変更をした')).toBe('機種変更をした');
    expect(matcher.readAs('パソコン2代')).toBe('パソコン2台'); // a count after a digit
    expect(matcher.readAs('30病で変わる')).toBe('30秒で変わる');
    expect(matcher.readAs('パソコン2台')).toBe('パソコン2台');
    expect(matcher.readAs('パソコン２代')).toBe('パソコン２台'); // a full-width digit stays as typed
    expect(top(matcher, 'パソコン2代')).toEqual(['/faq/#two-devices']);
  });
  it('reads a kanji left over after a word as the vocabulary\'s word of the same reading (「機種返」 → 「機種変」), and nothing else', async () => {
    const m = createMatcher(buildSearchData(sources, [{ id: 'device-change', terms: ['機種変更', '機種変'] }], await createReader(), {}, [], []));
    m.addReadings(table);
    expect(m.readAs('機種返したら')).toBe('機種変したら');
    expect(m.readAs('機種辺 トークン')).toBe('機種変 トークン');
    expect(m.readAs('機種変したら')).toBe('機種変したら');
    expect(m.readAs('対象審したら')).toBe('対象審したら'); // 「象審」 reads like 「象振」…, but 「対象振」 is no word
  });
  it('takes a pair of kanji the vocabulary has for a word, not a typo (staff write 「不通」, not 「普通」)', async () => {
    const withWord = [...sources, source('/faq/#plain', '普通預金の口座', '普通の口座です。')];
    const reader = await createReader();
    const plainData = buildSearchData(withWord, [], reader, {}, [], []);
    const plain = createMatcher(plainData);
    const vocabulary = createMatcher(buildSearchData(withWord, [{ id: 'refused', terms: ['不通'] }], reader, {}, [], []));
    const readings = buildKanjiReadings(plainData, readKanjidic(), 1500);
    for (const m of [plain, vocabulary]) m.addReadings(readings);
    expect(plain.readAs('OTP 不通時')).toBe('OTP 普通時');
    expect(vocabulary.readAs('OTP 不通時')).toBe('OTP 不通時');
    expect(vocabulary.needsReadings('不通')).toBe(false);
  });
  it('gives the same answers as before for what was typed right', () => {
    const plain = createMatcher(data);
    const reading = createMatcher(data);
    reading.addReadings(table);
    for (const q of ['機種変更', '不審なメール', 'らんさむ', '対象']) expect(reading.search(q), q).toEqual(plain.search(q));
  });
});

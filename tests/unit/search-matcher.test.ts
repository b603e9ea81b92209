/**
 * The answer matcher, on a few answers written like the site's, with the real build-time reader (kuromoji).
 * What a customer would notice: the right answer first, kana and odd spellings understood, grammar ignored,
 * nothing found for what the site does not answer, and the same answers every time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept } from '../../src/data/vocabulary';
import { buildSearchData, conceptForms, firstSentence, plainText, sections, type SearchSource } from '../../src/lib/search/build-data';
import { chunks, createMatcher, findConcepts, queryParts, TUNING, type Matcher, type SearchData } from '../../src/lib/search/matcher';
import { createReader } from '../../src/lib/search/readings';
import { conceptText } from '../../src/lib/search/normalize';

const vocabulary: Concept[] = [
  { id: 'smartphone', terms: ['スマートフォン', 'スマホ', 'iPhone'] },
  { id: 'cost', terms: ['無料', '有料', 'お金', 'タダ', '料金'] },
  { id: 'device-change', terms: ['機種変更', '買い替え'] },
  { id: 'lock', terms: ['ロック'] },
];

const source = (url: string, question: string, summary: string, body = '', words: string[] = [], label?: string): SearchSource => ({
  url,
  title: label ? `${label} ${question}` : question,
  question,
  label,
  summary,
  page: 'よくあるご質問',
  words,
  body,
});

const sources: SearchSource[] = [
  source('/faq/#q6', 'ワンタイムパスワードを利用したら、不正送金は防げるのですか？', '100%防げるわけではありません。', '', [], 'Q6'),
  source('/faq/#q7', 'ソフトウェアトークンは有料ですか？', 'ソフトウェアトークンは無料です。', 'ダウンロードに伴う通信料はお客様のご負担となります。', ['お金かかる'], 'Q7'),
  source('/faq/#new-phone', 'スマートフォンを買い替えたとき、アプリを入れ直したときは、どうすればよいですか？', 'クレデンシャルIDが新しくなります。', '新しいクレデンシャルIDを登録し直してください。'),
  source('/faq/#credential', '「クレデンシャルID」と「セキュリティコード」とは何ですか？', 'アプリに表示される英字と数字です。', 'いつもご利用いただきありがとうございます。'),
  source('/faq/#locked', '何度も間違えて、ログインできなくなりました。', '安全のためロックされます。当金庫へご連絡ください。'),
  source('/faq/#note-4', 'その他の対策のお願い', 'メール通知を受け取る設定にしてください。', '', [], '※④'),
  source(
    '/guide/#troubleshooting',
    'うまくいかないとき',
    '順に確かめてください。',
    '<h3 id="trouble-clock">時計がずれている</h3>\n\n時刻を自動で設定してください。ほかの原因もあります。\n\n<h3 id="trouble-contact">それでも解決しないとき</h3>\n\n<ContactCard level={3} />',
  ),
];

let data: SearchData;
let matcher: Matcher;
const top = (q: string, n = 1) => matcher.search(q).slice(0, n).map((m) => m.doc.url);

beforeAll(async () => {
  data = buildSearchData(sources, vocabulary, await createReader({ 赤石: 'あかいし' }), { ContactCard: '事務グループ 担当：赤石' }, [
    { group: 'ほかの商品', terms: ['通帳', 'キャッシュカード', '融資'] },
  ], ['手順', '可否']);
  matcher = createMatcher(data);
}, 30_000);

describe('the matcher', () => {
  it('ranks first the answer whose question the query nearly repeats', () => {
    expect(top('ソフトウェアトークンは有料ですか')).toEqual(['/faq/#q7']);
    expect(top('スマートフォンを買い替えたときはどうすれば')).toEqual(['/faq/#new-phone']);
  });
  it('understands the customers\' words and kana for kanji and katakana', () => {
    expect(top('お金かかる？')).toEqual(['/faq/#q7']);
    expect(top('スマホを買い替えた')).toEqual(['/faq/#new-phone']);
    expect(top('きしゅへんこう')).toEqual(['/faq/#new-phone']);
    expect(top('くれでんしゃる')).toEqual(['/faq/#credential']);
    expect(top('ｸﾚﾃﾞﾝｼｬﾙ')).toEqual(['/faq/#credential']);
    expect(top('あかいし')).toEqual(['/guide/#trouble-contact']);
    expect(top('じむぐるぷ')).toEqual(['/guide/#trouble-contact']); // 事務グループ without its long vowel
  });
  it('ranks by hiragana typed as words of their own, not only by the words around them', () => {
    const ranking = (q: string) => queryParts(q, data.concepts).flatMap((p) => p.tokens.filter((_, i) => p.ranks[i]));
    expect(ranking('すまほ かえた')).toContain('かえ');
    expect(ranking('スマホをかえた')).not.toContain('かえ');
  });
  it('gives part of its weight to a likely kanji typo that keeps a rare kanji in place (「有量」 for 「有料」)', () => {
    const coverage = (q: string, url: string) => matcher.measure(q)[data.docs.findIndex((d) => d.url === url)]!.coverage;
    expect(coverage('有量', '/faq/#q7')).toBeGreaterThan(0);
    expect(coverage('有量', '/faq/#q7')).toBeLessThan(coverage('有料', '/faq/#q7'));
    expect(coverage('量有', '/faq/#q7')).toBe(0); // the shared kanji must stay in its place
    expect(top('ソフトウェアトークン 有量')).toEqual(['/faq/#q7']);
  });
  it('reads words typed in romaji, and counts them as words', () => {
    expect(top('sumaho kaikae')).toEqual(['/faq/#new-phone']);
    // 「あまぞん」 is part of what the query says, not grammar: the answer about locks covers only some of it.
    const locked = data.docs.findIndex((d) => d.url === '/faq/#locked');
    expect(matcher.measure('amazon ロック')[locked]!.coverage).toBeLessThan(matcher.measure('ロック')[locked]!.coverage / 2);
  });
  it('leaves out words that only say what kind of answer is wanted (手順, 可否)', () => {
    const locked = data.docs.findIndex((d) => d.url === '/faq/#locked');
    expect(matcher.measure('ロック 解除手順 可否')[locked]!.coverage).toBe(matcher.measure('ロック 解除')[locked]!.coverage);
    expect(top('ロック 手順')).toEqual(['/faq/#locked']);
  });
  it('splits a query into rough words where particles end and where kanji meet katakana', () => {
    expect(chunks('タダで使えるの')).toEqual(['タダで', '使えるの']);
    expect(chunks('練習ページ ウイルス対策ソフト')).toEqual(['練習', 'ページ', 'ウイルス', '対策', 'ソフト']);
    expect(chunks('スマホー台')).toEqual(['スマホー', '台']);
  });
  it('takes a word in letters (a staff abbreviation: SC, ST) only as a word of its own, never inside another', () => {
    const concepts = { code: ['sc'], token: ['st'], smartphone: ['iphone'], os: ['ios'] };
    const ids = (q: string) => findConcepts(conceptText(q), concepts).ids.sort();
    expect(ids('ログイン SC入力')).toEqual(['code']);
    expect(ids('使用済みＳＣ')).toEqual(['code']);
    expect(ids('PCにST 表示')).toEqual(['token']);
    expect(ids('App Store パスワード')).toEqual([]);
    expect(ids('discの読み込み')).toEqual([]);
    expect(ids('iPhone iOS 更新')).toEqual(['os', 'smartphone']);
  });
  it('looks for other subjects in a katakana word as it was meant, not as mistyped (「キーホルター」 is no 「ルーター」)', async () => {
    const keyholder = source('/faq/#q5', 'キーホルダー型のトークンはないのですか？', 'お取り扱いはありません。');
    const m = createMatcher(buildSearchData([keyholder], [{ id: 'keyholder', terms: ['キーホルダー'] }], await createReader(), {}, [{ group: '機器', terms: ['ルーター'] }], []));
    expect(m.search('キーホルター').map((r) => r.doc.url)).toEqual(['/faq/#q5']);
    expect(m.search('ルーター 設定')).toEqual([]);
  });
  it('finds answers about either concept a broader word covers (「携帯」: a smartphone or a feature phone)', async () => {
    const vocab: Concept[] = [
      { id: 'mobile', terms: ['携帯'], covers: ['smartphone', 'feature-phone'] },
      { id: 'smartphone', terms: ['スマートフォン', 'スマホ'] },
      { id: 'feature-phone', terms: ['ガラケー', '携帯電話'] },
      { id: 'tablet', terms: ['タブレット'] },
    ];
    const m = createMatcher(
      buildSearchData(
        [
          source('/faq/#smartphone', 'スマートフォンで使えますか？', 'お使いいただけます。'),
          source('/faq/#feature-phone', '携帯電話（ガラケー）しかありません', '当金庫へご連絡ください。'),
          source('/faq/#tablet', 'タブレットで使えますか？', 'お使いいただけます。'),
        ],
        vocab,
        await createReader(),
      ),
    );
    expect(m.search('携帯').map((r) => r.doc.url).sort()).toEqual(['/faq/#feature-phone', '/faq/#smartphone']);
    expect(m.search('スマホで使える？').map((r) => r.doc.url)[0]).toBe('/faq/#smartphone');
  });
  it('finds a short katakana subject only as a word: 「ローン」 is not in 「サロン」', async () => {
    const everyTime = source('/faq/#every-time', 'ログインのたびに、ワンタイムパスワードが必要ですか？', '毎回入力していただきます。');
    const m = createMatcher(buildSearchData([everyTime], [{ id: 'every-time', terms: ['毎回'] }], await createReader(), {}, [{ group: 'ローン', terms: ['ローン'] }], []));
    expect(m.search('サロン 毎回 入力').map((r) => r.doc.url)).toEqual(['/faq/#every-time']);
    expect(m.search('ローン 毎回 入力')).toEqual([]);
  });
  it('does not take 「タダ」 for the 「ただ」 of 「いただき」', () => {
    expect(top('タダ', 3)).toEqual(['/faq/#q7']);
  });
  it('reads a katakana word typed without its voicing marks as the answers\' word (「クレテンシャル」, 「くれてんしゃる」)', () => {
    expect(matcher.readAs('クレテンシャルIDって何')).toBe('クレデンシャルIDって何');
    expect(top('クレテンシャル')).toEqual(['/faq/#credential']);
    expect(matcher.readAs('くれてんしゃる どこ')).toBe('クレデンシャル どこ'); // in hiragana, as a word of its own
    expect(matcher.readAs('くれでんしゃる どこ')).toBe('くれでんしゃる どこ'); // typed right: read as it is
    expect(matcher.readAs('ロックされた')).toBe('ロックされた'); // a word the answers have stays as typed
    expect(matcher.readAs('ｸﾚﾃﾞﾝｼｬﾙ')).toBe('ｸﾚﾃﾞﾝｼｬﾙ'); // nothing to read differently: shown as typed
    expect(matcher.readAs('くれてんしゃるって どこ')).toBe('クレデンシャルって どこ'); // with a particle after it
    expect(matcher.readAs('くれでんしゃるの ばしょ')).toBe('くれでんしゃるの ばしょ');
  });
  it('reads a katakana word with a small ッ too many or too few, ソ for ン, ホ for フォ or two letters swapped as the answers\' word', () => {
    expect(matcher.readAs('ソフトウェアトークソ 有料')).toBe('ソフトウェアトークン 有料');
    expect(matcher.readAs('ロク')).toBe('ロク'); // too short to be read as a word
    expect(matcher.readAs('ロッックされた')).toBe('ロックされた');
    expect(matcher.readAs('ローグされた')).toBe('ローグされた'); // a short word is read for its ッ only, not for its voicing too (「パッド」 is not 「ハード」)
    expect(matcher.readAs('セキュリティコド')).toBe('セキュリティコド'); // the answers' word without its long vowel: found as it is
    expect(top('トークソ 無料')).toEqual(['/faq/#q7']);
    expect(matcher.readAs('スマートホン 買い替え')).toBe('スマートフォン 買い替え'); // ホ for フォ
    expect(matcher.readAs('セキリュティコード')).toBe('セキュリティコード'); // two letters swapped
    expect(matcher.readAs('iphnoe 買い替え')).toBe('iphone 買い替え'); // letters too, five or more
    expect(matcher.readAs('Iphnoe')).toBe('Iphone'); // a capital stays a capital
    expect(matcher.readAs('amazon')).toBe('amazon');
    expect(matcher.readAs('アリプ')).toBe('アリプ'); // three letters: too short to read as another word with two swapped
  });
  it('reads a katakana word of four letters or more with one vowel wrong as the answers\' word, never another subject', async () => {
    expect(matcher.readAs('ソフトウェアトーケン 有料')).toBe('ソフトウェアトークン 有料'); // ケ for ク
    expect(matcher.readAs('クリデンシャルIDって何')).toBe('クレデンシャルIDって何'); // リ for レ
    expect(matcher.readAs('セキュリテコード')).toBe('セキュリティコード'); // テ for ティ
    expect(top('ソフトウェアトーケン 無料')).toEqual(['/faq/#q7']);
    expect(matcher.readAs('ロッカ')).toBe('ロッカ'); // three letters: too short
    expect(matcher.readAs('ソフトウェアトーキナ')).toBe('ソフトウェアトーキナ'); // two vowels wrong: another word
    const m = createMatcher(buildSearchData([source('/faq/#case', 'スマホケースに入れたまま使えますか？', 'そのままで使えます。')], [], await createReader(), {}, [{ group: '学習', terms: ['スマホコース'] }], []));
    expect(m.readAs('スマホケーサ')).toBe('スマホケース');
    expect(m.readAs('スマホコース')).toBe('スマホコース'); // another subject (a course at a school) stays as typed
  });
  it('reads a word typed in romaji with a typo or a long vowel as 「u」 as the answers\' katakana word, and romaji typed right as it is', () => {
    expect(matcher.readAs('sekyuritiko-do toranai')).toBe('セキュリティコード toranai'); // ti for ティ
    expect(matcher.readAs('sekyuritikoudo')).toBe('セキュリティコード'); // ou for オー
    expect(matcher.readAs('kuredensharu doko')).toBe('kuredensharu doko'); // typed right: read by queryParts as it is
    expect(top('sekyuritiko-do toranai', 3)).toContain('/faq/#credential');
  });
  it('finds a reading of four kana or more typed without its voicing marks (「くれてんしやる」), never a shorter one', () => {
    const concepts = { credential: ['くれでんしやる'], lock: ['まちがえ'], free: ['ただ'] };
    const ids = (q: string) => queryParts(q, concepts).filter((p) => p.concept).map((p) => p.tokens[0]);
    expect(ids('くれてんしゃる')).toEqual(['#credential']);
    expect(ids('なんかいも まちかえた')).toEqual(['#lock']);
    expect(ids('くれでんしゃる')).toEqual(['#credential']); // typed right: as before
    expect(ids('たた')).toEqual([]); // too short to be read without its marks
    expect(findConcepts(conceptText('くれてんしゃる'), concepts).ids).toEqual([]); // only in what a customer typed, not the answers
  });
  it('compares a query all in hiragana word by word where the customer typed spaces, and still finds concepts across them', () => {
    const chunksOf = (q: string) => queryParts(q, { contact: ['でんわばんごう'] }).map((p) => (p.concept ? p.tokens[0] : p.tokens.join('|')));
    expect(chunksOf('かぎに つける')).toEqual(['かぎ|ぎに', 'つけ|ける']);
    expect(chunksOf('かぎにつける')).toEqual(['かぎ|ぎに|につ|つけ|ける']);
    expect(chunksOf('でんわ ばんごう おしえて')).toEqual(['#contact', 'おし|しえ|えて']);
    expect(chunksOf('鍵に つける')).toEqual(chunksOf('鍵につける')); // with kanji: spaces are not where words end, as before
  });
  it('does not count a kanji that says nothing by itself (「私の」「何が」) against an answer', () => {
    const counted = (q: string) => queryParts(q, data.concepts).flatMap((p) => p.tokens.filter((_, i) => p.counts[i]));
    expect(counted('私のスマホ')).toEqual(['#smartphone']);
    expect(counted('何がロック')).toEqual(['#lock']);
  });
  it('ignores the grammar around the words: 「…したら」「…とは」 do not pull titles that end the same way', () => {
    expect(top('機種変更したら')).toEqual(['/faq/#new-phone']);
    expect(top('ロックとは')).toEqual(['/faq/#locked']);
    const parts = queryParts('ロックとは', data.concepts);
    expect(parts.filter((p) => p.counts.some(Boolean)).map((p) => p.tokens)).toEqual([['#lock']]);
  });
  it('finds a labelled answer by its label, and a part of an answer by its own heading', () => {
    expect(top('Q6')).toEqual(['/faq/#q6']);
    expect(top('※④')).toEqual(['/faq/#note-4']); // as written on the site
    expect(top('※4')).toEqual(['/faq/#note-4']);
    expect(top('時計がずれてる')).toEqual(['/guide/#trouble-clock']);
    expect(matcher.search('時計がずれてる')[0]!.doc.parent).toBe('/guide/#troubleshooting');
  });
  it('ranks a part of an answer below whole answers, but never leaves it out for that', () => {
    const strict = createMatcher(data, { ...TUNING, part: 5 });
    expect(strict.search('時計がずれてる').map((r) => r.doc.url)).toContain('/guide/#trouble-clock');
  });
  it('does not answer a short question about another subject for one of the site\'s words in it', () => {
    expect(top('ロック')).toEqual(['/faq/#locked']);
    for (const q of ['キャッシュカード ロック', '通帳 ロック', 'きゃっしゅかーど ろっく', 'ゆうし ろっく']) expect(top(q), q).toEqual([]);
    expect(top('ろっくの りゆうしりたい')).toEqual(['/faq/#locked']); // 「ゆうし」 inside 「りゆうし…」 is not 融資
    // The site's own words must say far more than the other subject does: the token app, not the passbook app.
    expect(top('アプリ 機種変更')).toEqual(['/faq/#new-phone']);
    expect(top('通帳アプリ 機種変更')).toEqual([]);
  });
  it('says nothing was found rather than listing unrelated answers', () => {
    for (const q of ['らんさむ', '住宅ローンの金利', 'ラーメン', 'zzqxv']) expect(matcher.search(q), q).toEqual([]);
  });
  it('gives the same answers every time, and never throws on odd input', () => {
    expect(matcher.search('スマホ お金')).toEqual(matcher.search('スマホ お金'));
    for (const q of ['', '   ', '？？', '<img src=x>', 'あ'.repeat(500), '\u0000']) expect(() => matcher.search(q)).not.toThrow();
    expect(matcher.search('   ')).toEqual([]);
  });
});

describe('the build-time data', () => {
  it('reduces MDX to the text a reader sees, with the text of components that show some', () => {
    expect(plainText('import X from "y";\n**太字**と[リンク](/faq/#q2)。<ContactCard level={3} />', { ContactCard: '事務グループ' })).toBe('太字 とリンク。 事務グループ');
  });
  it('splits an answer at its own headings and gives each part its first sentence', () => {
    expect(sections('前\n<h3 id="a-b">見出し</h3>\n本文。続き。').map((s) => [s.id, s.title])).toEqual([['a-b', '見出し']]);
    expect(firstSentence('一つ目です。二つ目です。')).toBe('一つ目です。');
  });
  it('takes words in letters typed with or without the space between them as the same term (「Apple ID」)', async () => {
    const forms = conceptForms([{ id: 'x', terms: ['Apple ID'] }], await createReader()).x!;
    expect(forms).toEqual(expect.arrayContaining(['apple id', 'appleid']));
    expect(findConcepts(conceptText('AppleIDを忘れた'), { x: forms }).ids).toEqual(['x']);
    expect(findConcepts(conceptText('apple id わすれた'), { x: forms }).ids).toEqual(['x']);
  });
  it('adds the readings of the vocabulary, and ships phrases without grammar', () => {
    expect(data.concepts['device-change']).toContain(conceptText('きしゅへんこう')); // stored loose: 「きしゆへんこう」
    expect(data.concepts.cost).toContain('タダ');
    expect(data.concepts.cost).not.toContain('ただ');
    const q6 = data.docs.find((d) => d.url === '/faq/#q6')!;
    expect(q6.fields.title.p).toContain('不正送金');
    expect(q6.fields.title.p.some((p) => p.includes('したら'))).toBe(false);
  });
});

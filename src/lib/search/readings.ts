/**
 * Build time only (Node): the content words of a Japanese text, as written and as read, from kuromoji's
 * morphological analysis. The browser never loads a dictionary: it gets the words this returns.
 *
 * 「スマートフォンを買い替えたときは」 → written ['スマートフォン', '買い替え'], read ['すまーとふぉん', 'かいかえ'].
 * Particles, auxiliaries, punctuation and words that say nothing by themselves (する, ある, とき, こと …) split
 * the text into phrases and are left out, so that a question's grammar (「…したら」「…とは」) never matches.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { toHiragana } from './normalize';

export interface Phrases {
  /** Runs of content words as written. */
  written: string[];
  /** The same runs in hiragana (words without a reading, such as ID or VIP Access, as written). */
  read: string[];
  /** The whole text in hiragana, grammar included: 「機種変更」 → 「きしゅへんこう」. */
  whole: string;
}

export type Reader = (text: string) => Phrases;

/** Parts of speech that carry meaning (IPADIC): nouns, verbs, adjectives, adverbs, prefixes. */
const CONTENT = new Set(['名詞', '動詞', '形容詞', '副詞', '接頭詞', '連体詞']);
/** Sub-classes that are grammar, not meaning: 「とき」「こと」(非自立), 「これ」(代名詞), 「〜さん」(接尾 人名). */
const GRAMMAR_DETAIL = new Set(['非自立', '代名詞', '特殊']);
/** Content words too common to tell answers apart (by dictionary form). */
const EMPTY_WORDS = new Set(['する', 'ある', 'いる', 'なる', 'できる', 'ない', 'よい', 'いい', 'れる', 'られる', 'せる', 'くださる', 'いただく', 'おる', 'いたす', 'ござる', 'その', 'この', 'あの', 'どの', 'どう', 'こう', 'そう', 'ため', 'よう']);

function isContent(m: IpadicFeatures): boolean {
  if (!CONTENT.has(m.pos)) return false;
  if (GRAMMAR_DETAIL.has(m.pos_detail_1)) return false;
  if (m.pos === '名詞' && m.pos_detail_1 === '接尾' && m.pos_detail_2 === '助数詞') return true;
  return !EMPTY_WORDS.has(m.basic_form);
}

const reading = (m: IpadicFeatures) => toHiragana(m.reading && m.reading !== '*' ? m.reading : m.surface_form);

let loading: Promise<Tokenizer<IpadicFeatures>> | null = null;


/**
 * Loads kuromoji's dictionary once (about a second) and returns the reader. `known`: readings the notice
 * gives that a dictionary may not (names: 赤石 is あかいし, not あかし).
 */
export async function createReader(known: Readonly<Record<string, string>> = {}): Promise<Reader> {
  if (!loading) {
    const require = createRequire(import.meta.url);
    const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
    loading = new Promise((resolve, reject) =>
      kuromoji.builder({ dicPath }).build((err, tokenizer) => (err ? reject(err) : resolve(tokenizer))),
    );
  }
  const tokenizer = await loading;
  return (text: string) => {
    const written: string[] = [];
    const read: string[] = [];
    let whole = '';
    let w = '';
    let r = '';
    const flush = () => {
      if (w) {
        written.push(w);
        read.push(r);
      }
      w = '';
      r = '';
    };
    const names = Object.keys(known);
    const split = names.length ? new RegExp(`(${names.join('|')})`) : null;
    for (const piece of split ? text.normalize('NFKC').split(split) : [text.normalize('NFKC')]) {
      if (piece in known) {
        whole += known[piece];
        w += piece;
        r += known[piece];
        continue;
      }
      for (const m of tokenizer.tokenize(piece)) {
        whole += reading(m);
        if (isContent(m)) {
          w += m.surface_form;
          r += reading(m);
        } else flush();
      }
    }
    flush();
    return { written, read, whole };
  };
}

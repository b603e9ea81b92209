/**
 * Build time: the answers of the site → the data the matcher ships with (see matcher.ts). Pure, given a reader.
 */
import type { OtherSubject } from '../../data/other-subjects';
import type { Concept } from '../../data/vocabulary';
import { conceptText, fold, isHiraganaOnly, normalizeQuery, toHiragana } from './normalize';
import { findConcepts, type FieldData, type FieldName, type SearchData } from './matcher';
import type { Reader } from './readings';

/** One answer to index: what it shows, and the text it is found by. */
export interface SearchSource {
  url: string;
  /** 案内番号 (not for parts of answers). */
  code?: string;
  /** The heading as shown, with its label (「Q7 ソフトウェアトークンは有料ですか？」). */
  title: string;
  /** The question or task itself, without the label: what is matched as the title. */
  question: string;
  /** 「Q7」「※②」: staff type it; matched with the customers' words. */
  label?: string;
  summary: string;
  page: string;
  /** The customers' own words and phrasings for this answer (frontmatter `words:`). */
  words: readonly string[];
  /** The customers' words for each part of the answer under its own heading, by the heading's id (frontmatter `caseWords:`). */
  caseWords?: Readonly<Record<string, readonly string[]>>;
  /**
   * The answer's text (MDX). Not matched itself (the question, the summary and the customers' phrasings say
   * what an answer is about; Pagefind searches the full text on request): its sections with their own id
   * become answers of their own.
   */
  body: string;
}

/** A reading is added to a concept only when it is long enough not to turn up inside unrelated words. */
const MIN_READING = 3;

/**
 * MDX → the text a reader sees: no imports, tags, link targets or Markdown marks. `components` gives the text
 * of components that show text of their own (<ContactCard /> shows the contact).
 */
export function plainText(mdx: string, components: Record<string, string> = {}): string {
  return mdx
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<([A-Z]\w*)\b[^>]*?\/>/g, (_, name: string) => ` ${components[name] ?? ''} `)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>|`-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each concept's forms: its terms as written (katakana stays katakana) and, where the dictionary knows them,
 * as read in hiragana, for customers who type in kana (「きしゅへんこう」).
 */
export function conceptForms(vocabulary: readonly Concept[], read: Reader): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of vocabulary) {
    const forms = new Set<string>();
    for (const term of c.terms) {
      const written = conceptText(term);
      if (written) forms.add(written);
      // Words in letters are typed with or without the space between them (「Apple ID」「AppleID」).
      if (written.includes(' ')) forms.add(written.replace(/ /g, ''));
      const reading = fold(read(term).whole);
      if (reading.length >= MIN_READING && isHiraganaOnly(reading)) forms.add(reading);
    }
    out[c.id] = [...forms].sort();
  }
  return out;
}

/**
 * A field's phrases as written (the matcher folds kana itself, after finding where words begin) and, where the
 * phrase has kanji, as read. A phrase that folds to one already there is left out.
 */
function field(texts: readonly string[], read: Reader, concepts: Record<string, string[]>, labels: readonly string[] = [], covering: readonly Concept[] = []): FieldData {
  const phrases = new Map<string, string>();
  const ids: string[] = [];
  const add = (p: string) => {
    // 「対象?」 is compared as 「対象」 (the matcher splits at punctuation): one phrase, not two.
    const f = normalizeQuery(p).replace(/^[?!。、…・\s]+|[?!。、…・\s]+$/gu, '');
    if (/[\p{L}\p{N}]/u.test(f) && !phrases.has(toHiragana(f))) phrases.set(toHiragana(f), f);
  };
  // A label is one phrase as written (the dictionary would split 「※④」), and as typed with a plain digit (「※4」).
  for (const label of labels) [label, label.normalize('NFKC')].forEach(add);
  for (const text of texts) {
    const { written, read: readAs } = read(text);
    written.forEach((w, i) => {
      add(w);
      if (/\p{Script=Han}/u.test(w)) add(readAs[i]!);
    });
    ids.push(...findConcepts(conceptText(text), concepts).ids);
  }
  // A field that names a smartphone names 「携帯」 too (Concept.covers).
  for (const c of covering) if (!ids.includes(c.id) && c.covers!.some((id) => ids.includes(id))) ids.push(c.id);
  return { p: [...phrases.values()], c: ids.sort() };
}

/** A part of an answer under its own `<h3 id="…">` (the troubleshooting guide's cases). */
export interface Section {
  id: string;
  title: string;
  body: string;
}

export function sections(mdx: string): Section[] {
  const parts = mdx.split(/<h3 id="([a-z][a-z0-9-]*)">(.*?)<\/h3>/);
  const out: Section[] = [];
  for (let i = 1; i + 2 < parts.length + 1; i += 3) out.push({ id: parts[i]!, title: parts[i + 1]!, body: parts[i + 2] ?? '' });
  return out;
}

/** The first sentence of a text, as the one line a result shows. */
export function firstSentence(text: string, max = 90): string {
  const sentence = /^.*?。/.exec(text)?.[0] ?? text;
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}

/**
 * `components`: the text of MDX components that show text of their own (see plainText).
 * A source's sections with their own id become answers of their own, right after it.
 * `otherSubjects`: what the site does not answer (see SearchData.elsewhere); `questionWords`: see SearchData.asking.
 */
export function buildSearchData(
  sources: readonly SearchSource[],
  vocabulary: readonly Concept[],
  read: Reader,
  components: Record<string, string> = {},
  otherSubjects: readonly OtherSubject[] = [],
  questionWords: readonly string[] = [],
): SearchData {
  const concepts = conceptForms(vocabulary, read);
  const elsewhere = conceptForms([{ id: 'elsewhere', terms: otherSubjects.flatMap((s) => s.terms) }], read).elsewhere!;
  const covering = vocabulary.filter((c) => c.covers?.length);
  const doc = (s: SearchSource, parent?: string) => {
    const fields: Record<FieldName, FieldData> = {
      title: field([s.question], read, concepts, [], covering),
      words: field(s.words, read, concepts, s.label ? [s.label] : [], covering),
      summary: field([s.summary], read, concepts, [], covering),
    };
    return { url: s.url, ...(s.code ? { code: s.code } : {}), title: s.title, summary: s.summary, page: s.page, ...(parent ? { parent } : {}), fields };
  };
  const docs = sources.flatMap((s) => [
    doc(s),
    ...sections(s.body).map((sec) =>
      doc({
        url: `${s.url.split('#')[0]}#${sec.id}`,
        title: sec.title,
        question: sec.title,
        summary: firstSentence(plainText(sec.body, components)),
        page: `${s.page}「${s.question}」`,
        words: s.caseWords?.[sec.id] ?? [],
        body: '',
      }, s.url),
    ),
  ]);
  const asking = conceptForms([{ id: 'asking', terms: questionWords }], read).asking!;
  return { concepts, general: vocabulary.filter((c) => c.general).map((c) => c.id), asking, elsewhere, docs };
}

/**
 * The answers of the site, read from the content collections in page order.
 * The one place pages, search and the staff reference get their entries from.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { toolPages } from '../data/tool-pages';
import type { SearchSource } from './search/build-data';

export type AnswerCollection = 'notice' | 'faq' | 'notes' | 'guide' | 'security';
export type AnswerEntry = CollectionEntry<AnswerCollection>;

/** The page each collection is shown on, and the group it belongs to for staff. */
export const ANSWER_PAGES: Record<AnswerCollection, { path: string; group: string }> = {
  notice: { path: '/notice/', group: 'お知らせ' },
  faq: { path: '/faq/', group: 'よくあるご質問' },
  notes: { path: '/faq/', group: 'よくあるご質問（補足）' },
  guide: { path: '/guide/', group: 'ご利用の手引き' },
  security: { path: '/security/', group: 'セキュリティ対策' },
};

export async function getAnswers<C extends AnswerCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** One answer as other tools see it (search results, the staff reference, /answers.json). */
export interface AnswerRecord {
  id: string;
  /** 案内番号 (src/lib/guide-code). */
  code: string;
  /** `/faq/#q2`: the canonical link, relative to the site. */
  url: string;
  /** The heading as shown, with its label: 「Q2 WEBバンキングを…」. */
  title: string;
  /** 「Q2」「※②」「2.」, when the answer has one. */
  label?: string;
  /** The question or task, without the label. */
  question: string;
  summary: string;
  group: string;
  words: string[];
}

/** Every answer of the site, in the order of the pages, with its text (MDX). */
async function collectAnswers(): Promise<{ record: AnswerRecord; body: string; caseWords: Record<string, string[]> }[]> {
  const order: AnswerCollection[] = ['notice', 'faq', 'notes', 'guide', 'security'];
  const all = await Promise.all(order.map((c) => getAnswers(c)));
  return all.flatMap((entries, i) =>
    entries.map((e) => {
      const { path, group } = ANSWER_PAGES[order[i]];
      const record: AnswerRecord = {
        id: e.data.id,
        code: String(e.data.code),
        url: `${path}#${e.data.id}`,
        title: e.data.label ? `${e.data.label} ${e.data.title}` : e.data.title,
        label: e.data.label,
        question: e.data.title,
        summary: e.data.summary,
        group,
        words: e.data.words,
      };
      return { record, body: e.body ?? '', caseWords: e.data.caseWords };
    }),
  );
}

/** Every answer of the site, in the order of the pages. */
export async function getAnswerIndex(): Promise<AnswerRecord[]> {
  return (await collectAnswers()).map((a) => a.record);
}

/** The page each tool page's prose lives in (content/pages/*.mdx). */
const TOOL_PROSE: Record<string, string> = { '/practice/': 'practice', '/check/': 'check', '/contact/': 'contact' };

/** Every answer with its text, and the whole-page answers (practice, checker, contact): what search indexes. */
export async function getSearchSources(): Promise<SearchSource[]> {
  const answers = (await collectAnswers()).map(({ record: { url, code, title, question, label, summary, group, words }, body, caseWords }) => ({
    url,
    code,
    title,
    question,
    label,
    summary,
    page: group,
    words,
    caseWords,
    body,
  }));
  const tools = await Promise.all(
    toolPages.map(async (t) => {
      const prose = TOOL_PROSE[t.url] ? await getEntry('pages', TOOL_PROSE[t.url]) : undefined;
      return { url: t.url, code: t.code, title: t.title, question: t.title, summary: t.summary, page: 'ページ全体', words: t.words, body: [prose?.data.description, prose?.body].filter(Boolean).join('\n') };
    }),
  );
  return [...answers, ...tools];
}

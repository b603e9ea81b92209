/**
 * The answers of the site, read from the content collections in page order.
 * The one place pages, search and the staff reference get their entries from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

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
  /** `/faq/#q2`: the canonical link, relative to the site. */
  url: string;
  /** The heading as shown, with its label: 「Q2 WEBバンキングを…」. */
  title: string;
  summary: string;
  group: string;
  words: string[];
}

/** Every answer of the site, in the order of the pages. */
export async function getAnswerIndex(): Promise<AnswerRecord[]> {
  const order: AnswerCollection[] = ['notice', 'faq', 'notes', 'guide', 'security'];
  const all = await Promise.all(order.map((c) => getAnswers(c)));
  return all.flatMap((entries, i) =>
    entries.map((e) => {
      const { path, group } = ANSWER_PAGES[order[i]];
      return {
        id: e.data.id,
        url: `${path}#${e.data.id}`,
        title: e.data.label ? `${e.data.label} ${e.data.title}` : e.data.title,
        summary: e.data.summary,
        group,
        words: e.data.words,
      };
    }),
  );
}

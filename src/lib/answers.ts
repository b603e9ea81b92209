/**
 * The answers of the site, read from the content collections in page order.
 * The one place pages get their entries from; pure sorting lives here too.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type AnswerCollection = 'notice' | 'faq' | 'notes' | 'guide' | 'security';
export type AnswerEntry = CollectionEntry<AnswerCollection>;

export async function getAnswers<C extends AnswerCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => a.data.order - b.data.order);
}

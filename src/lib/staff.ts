/**
 * The staff reference list: every answer of the site and the tool pages, grouped, with full URLs.
 * The same list is /answers.json.
 */
import { toolPages } from '../data/tool-pages';
import { answerItemSchema, type AnswerItem } from './answer-schema';
import { getAnswerIndex } from './answers';

export async function getStaffList(site: URL): Promise<AnswerItem[]> {
  const answers = await getAnswerIndex();
  const tools = toolPages.map((t) => ({ ...t, group: 'ページ全体' }));
  return [...answers, ...tools].map(({ id, url, title, summary, group, words }) =>
    answerItemSchema.parse({ id, title, summary, url: new URL(url, site).href, path: url, group, words }),
  );
}

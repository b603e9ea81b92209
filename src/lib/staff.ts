/**
 * The staff reference list: every answer of the site and the tool pages, grouped, with full URLs.
 * The same list is /answers.json.
 */
import { toolPages } from '../data/tool-pages';
import { answerListSchema, type AnswerItem } from './answer-schema';
import { getAnswerIndex } from './answers';
import { spokenRoute } from './spoken-route';

export async function getStaffList(site: URL): Promise<AnswerItem[]> {
  const answers = await getAnswerIndex();
  const tools = toolPages.map((t) => ({ ...t, label: undefined, question: t.title, group: 'ページ全体' }));
  return answerListSchema.parse(
    [...answers, ...tools].map(({ id, code, url, title, label, question, summary, group, words }) => ({
      id,
      code,
      title,
      summary,
      url: new URL(url, site).href,
      path: url,
      route: spokenRoute({ path: url, label, question }),
      group,
      words,
    })),
  );
}

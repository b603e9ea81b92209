import type { APIRoute } from 'astro';
import { answersFileSchema } from '../lib/answer-schema';
import { getStaffList } from '../lib/staff';

/** Every answer with its summary and canonical URL, for other tools (the staff reference's list). */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs に site を設定してください');
  const answers = await getStaffList(site);
  const body = answersFileSchema.parse({ site: site.href, count: answers.length, answers });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
